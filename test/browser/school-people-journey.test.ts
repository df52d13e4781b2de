import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually, say } from './wait-and-read';

// Issue #17, point 6 on a phone (375 px): the family adds the case manager to the child's school people on
// the overview, then writes a letter whose recipient block comes from that directory. Fictional people only.
describe.skipIf(!canRunBrowser)("journey: the school's people, and a letter's recipient from them", () => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: { width: 375, height: 800 } });
    const response = await session.api('POST', '/api/v1/students', {
      givenName: 'Sofía',
      familyName: 'Marín',
      birthDate: '2016-05-02',
      jurisdiction: 'TX',
      school: 'Cedar Hill Elementary School (fictional)',
      district: 'Maple Valley Independent School District (fictional)',
      grade: '4th',
    });
    expect(response.status()).toBe(201);
    studentId = ((await response.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await session.close();
  });

  it('adds a person, keeping what was typed when the server refuses it', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${studentId}`);
    await expect
      .poll(() => page.getByRole('heading', { name: "The school's people" }).count(), { timeout: 10_000 })
      .toBe(1);
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name (required)').fill('Grace Okafor');
    await page.getByLabel('Title as written on a letter').fill('Case manager');
    await page.getByLabel('School', { exact: true }).fill('Cedar Hill Elementary School (fictional)');
    await page.getByLabel('E-mail').fill('not an address');
    await page.getByLabel('Address').fill('18 Cedar Hill Road\nMaple Valley, TX 75002');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByLabel('E-mail').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect(await page.getByLabel('Name (required)').inputValue()).toBe('Grace Okafor');
    await expectNoAxeViolations(page, "the school's people form with an error (375 px)");
    await page.getByLabel('E-mail').fill('grace.okafor@example.org');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved Grace Okafor.').count(), { timeout: 10_000 }).toBe(1);
    await expectNoAxeViolations(page, "the school's people (375 px)");
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  it('fills a letter’s recipient block from the directory', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/letters?student=${studentId}&kind=records-request`);
    const pick = page.getByLabel("Take the recipient from the school's people");
    await expect.poll(() => pick.count(), { timeout: 10_000 }).toBe(1);
    await pick.selectOption({ label: 'Grace Okafor — Case manager' });
    expect(await page.getByLabel('Name of the person').inputValue()).toBe('Grace Okafor');
    expect(await page.getByLabel('School of the person').inputValue()).toBe('Cedar Hill Elementary School (fictional)');
    expect(await page.getByLabel('Their address').inputValue()).toBe('18 Cedar Hill Road\nMaple Valley, TX 75002');
    expect(await page.getByLabel('Your name').inputValue()).toBe(PARENT.name);
    await expectNoAxeViolations(page, 'the letters page with the recipient from the directory (375 px)');
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});

/** A Spanish string of the school's people (web/i18n/school-people.es.json). */
const dice = (key: string) => say('school-people.es.json', `schoolPeople.${key}`);

// The same directory on a desktop, in Spanish: the words come from the Spanish strings, so the test follows them.
describe.skipIf(!canRunBrowser)("the school's people on a desktop, in Spanish", () => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, locale: 'es-US', viewport: { width: 1280, height: 900 } });
    const response = await session.api('POST', '/api/v1/students', {
      givenName: 'Tomás',
      familyName: 'Ibarra',
      birthDate: '2015-09-14',
      jurisdiction: 'CA',
      school: 'Willow Creek Elementary School (fictional)',
    });
    expect(response.status()).toBe(201);
    studentId = ((await response.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await session.close();
  });

  it('adds a person, naming a bad e-mail and keeping what was typed, axe-clean', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${studentId}`);
    await eventually(() => page.getByRole('heading', { name: dice('title') }).count()).toBe(1);
    await page.getByRole('button', { name: dice('add') }).click();
    await page.locator('#school-person-name').fill('Marisol Vega');
    await page.locator('#school-person-email').fill('no es una dirección');
    await page.getByRole('button', { name: dice('save'), exact: true }).click();
    await eventually(() => page.locator('#school-person-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#school-person-name').inputValue()).toBe('Marisol Vega');
    await expectNoAxeViolations(page, "the school's people form with an error (desktop, Spanish)");
    await page.locator('#school-person-email').fill('marisol.vega@example.org');
    await page.getByRole('button', { name: dice('save'), exact: true }).click();
    await eventually(() => page.getByText(dice('saved').replace('{{name}}', 'Marisol Vega')).count()).toBe(1);
    await expectNoAxeViolations(page, "the school's people (desktop, Spanish)");
  });
});
