import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

/** The day the letter is dated: the test clock's today, so the server's timeline counts from it. */
const LETTER_DATE = '2026-11-28';
const EDITED_PARAGRAPH =
  'Me preocupa cómo le va a Sofía Marín en lectura y escritura. Todavía lee palabra por palabra y no termina las tareas de clase.';

/** A fictional child in Texas whose school offered a 504 plan, added through the API as the app would. */
async function addChild(session: BrowserSession): Promise<string> {
  const response = await session.api('POST', '/api/v1/students', {
    givenName: 'Sofía',
    familyName: 'Marín',
    birthDate: '2016-05-02',
    jurisdiction: 'TX',
    school: 'Cedar Hill Elementary School (fictional)',
    district: 'Maple Valley Independent School District (fictional)',
    grade: '4th',
    contacts: [
      {
        name: 'Elena Marín',
        relationship: 'Mother',
        email: 'elena.marin@example.org',
        phone: '(555) 010-7788',
        preferredLanguage: 'es',
      },
    ],
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { id: string };
  return body.id;
}

async function getJson<T>(session: BrowserSession, path: string): Promise<T> {
  const response = await session.page.request.get(`${session.baseUrl}${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function focusedText(session: BrowserSession): Promise<string | null | undefined> {
  return session.page.evaluate(() => document.activeElement?.textContent);
}

describe.skipIf(!canRunBrowser)('journey: offered a 504 plan, the guide, the letter, and what the school owes', () => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
    studentId = await addChild(session);
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the comparison for the child’s state, every cell cited with how sure the rule is', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/iep-vs-504?student=${studentId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('IEP or 504 plan: what is the difference?');
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents())
      .toEqual(['Home', 'Children', 'IEP or 504?', 'Decision guide', 'Letters']);
    const table = page.getByRole('table', { name: 'IEP and 504 plan compared, with the rules of Texas' });
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Topic',
      'IEP (IDEA)',
      '504 plan (Section 504)',
    ]);
    const evaluation = table.getByRole('row', { name: /^Evaluation/ });
    const evaluationText = await evaluation.textContent();
    expect(evaluationText).toContain('45 school days');
    expect(evaluationText).toContain('Depends on the state: Texas');
    expect(evaluationText).toContain('Tex. Educ. Code 29.004');
    expect(await table.textContent()).toContain('Confirmed in the official text');
    expect(await table.textContent()).toContain('Confirmed through a secondary source; check the official text');
    expect(await page.getByRole('heading', { name: /one plan, not both/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the IEP-vs-504 page (English, Texas)');
  });

  it('answers the guide for the child: the answers lean toward an IEP, with why and the law', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Not sure which one fits your child?' }).click();
    await page.waitForURL(`**/guide?student=${studentId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('IEP or 504 plan? A guide to think it through');
    expect(await page.title()).toBe('IEP or 504 plan? Guide for Sofía · Binder');
    await expect.poll(() => page.getByText('For Sofía Marín, with the rules of Texas.').count()).toBe(1);
    await expectNoAxeViolations(page, 'the decision guide (English)');

    const question = (name: RegExp) => page.getByRole('group', { name });
    await question(/Where do you see your child struggling/)
      .getByRole('checkbox', { name: 'Reading' })
      .check();
    await question(/Where do you see your child struggling/)
      .getByRole('checkbox', { name: 'Writing' })
      .check();
    await question(/physical or mental condition/)
      .getByRole('radio', { name: 'Yes' })
      .check();
    await question(/everyday activity harder/)
      .getByRole('radio', { name: 'Yes' })
      .check();
    await question(/skill your child has not learned/)
      .getByRole('radio', { name: 'Yes' })
      .check();
    await question(/need the work itself changed/)
      .getByRole('radio', { name: 'Yes' })
      .check();
    const tried = question(/What help has been tried/);
    await tried.getByRole('checkbox', { name: 'Nothing yet' }).check();
    await tried.getByRole('checkbox', { name: 'A 504 plan' }).check();
    // "Nothing yet" cannot stand beside a support that was tried.
    expect(await tried.getByRole('checkbox', { name: 'Nothing yet' }).isChecked()).toBe(false);
    await question(/how is your child doing compared with classmates/)
      .getByRole('radio', { name: 'Falling further behind' })
      .check();
    await question(/What has the school told you/)
      .getByRole('checkbox', { name: '“Let’s try a 504 plan first.”' })
      .check();
    // The help text is tied to its question.
    const conditionGroup = question(/physical or mental condition/);
    expect(await conditionGroup.getAttribute('aria-describedby')).toBe('guide-hasCondition-hint');

    await page.getByRole('button', { name: 'Save and see what my answers point to for Sofía' }).click();
    await expect.poll(() => focusedText(session)).toBe('What your answers point to');
    const result = page.getByRole('region', { name: 'What your answers point to' });
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('This guide explains; it never decides eligibility.');
    expect(text).toContain('It does not decide whether your child is eligible');
    expect(text).toContain('Your answers point toward an IEP (special education under IDEA).');
    expect(text).toContain('Signs that point to specially designed instruction');
    expect(text).toContain('Your child needs a skill taught');
    expect(text).toContain('34 CFR 300.39(b)(3)');
    expect(text).toContain('The school said: “Let’s try a 504 plan first.”');
    expect(text).toContain('You do not have to try a 504 plan before an IDEA evaluation');
    expect(text).toContain('34 CFR 300.301(b); 34 CFR 300.503(a)');
    expect(text).toContain("Saved in Sofía's case on 28 November 2026.");
    await expectNoAxeViolations(page, 'the guide result (English)');

    const saved = await getJson<{ saved: { answers: { schoolSaid: string[] }; result: { leaning: string } } | null }>(
      session,
      `/api/v1/students/${studentId}/guide`,
    );
    expect(saved.saved?.result.leaning).toBe('iep');
    expect(saved.saved?.answers.schoolSaid).toEqual(['try-504-first']);
  });

  it('shows the saved answers and result when the family comes back', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'What your answers point to' }).count()).toBe(1);
    expect(
      await page
        .getByRole('group', { name: /skill your child has not learned/ })
        .getByRole('radio', { name: 'Yes' })
        .isChecked(),
    ).toBe(true);
  });

  it('writes the suggested letter in Spanish from the child’s record, keeping what was typed when it fails', async () => {
    const { page } = session;
    await page
      .getByRole('link', {
        name: 'Write the suggested letter: Request for an IDEA evaluation instead of a 504 plan',
      })
      .click();
    await page.waitForURL('**/letters?**');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('iep-evaluation-after-504');
    expect(new URL(page.url()).searchParams.get('student')).toBe(studentId);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Letters to the school');
    await expect.poll(() => page.getByLabel("Child's full name").inputValue()).toBe('Sofía Marín');
    expect(
      await page.getByRole('radio', { name: 'Request for an IDEA evaluation instead of a 504 plan' }).isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('Date of birth').inputValue()).toBe('2016-05-02');
    expect(await page.getByLabel('Grade').inputValue()).toBe('4');
    expect(await page.getByLabel('School (required)', { exact: true }).inputValue()).toBe(
      'Cedar Hill Elementary School (fictional)',
    );
    // The writer is the signed-in parent (issue #17: prefilled from the account, editable).
    expect(await page.getByLabel('Your name').inputValue()).toBe('Lucía Martínez');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('lucia.martinez@example.org');
    expect(await page.getByRole('checkbox', { name: 'Reading' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'the letters page (English)');

    await page.getByRole('radio', { name: 'Español' }).check();
    await page.getByLabel('Date on the letter').fill(LETTER_DATE);
    await page.getByRole('radio', { name: 'A 504 plan', exact: true }).check();
    await page.getByLabel('Date of the offer').fill('2026-11-20');

    // Forgotten address: the error summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Write the letter' }).click();
    await expect.poll(() => focusedText(session)).toContain('There is 1 problem to fix');
    expect(await page.locator('.error-summary').textContent()).toContain('Your address: This is required.');
    expect(await page.getByLabel('Your address').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the letters page with an error');
    await page.getByLabel('Your address').fill('4 Elm Street\nMaple Valley, TX 75002');

    // The server cannot be reached once: the page says so and keeps everything typed.
    await page.route('**/api/v1/letters/compose', (route) => route.abort(), { times: 1 });
    await page.getByRole('button', { name: 'Write the letter' }).click();
    await expect
      .poll(() => page.getByText('The letter could not be written: the server could not be reached.').count())
      .toBe(1);
    expect(await page.getByLabel('Your address').inputValue()).toBe('4 Elm Street\nMaple Valley, TX 75002');

    await page.getByRole('button', { name: 'Write the letter' }).click();
    await expect.poll(() => focusedText(session)).toBe('Your letter: read it and change what you need');
    const subject = page.getByLabel('Subject');
    expect(await subject.inputValue()).toBe('Solicitud de evaluación de IDEA en lugar de un plan 504 — Sofía Marín');
    expect(await subject.getAttribute('lang')).toBe('es');
    const first = await page.getByLabel('Paragraph 1', { exact: true }).inputValue();
    expect(first).toContain('Por medio de esta carta solicito una evaluación inicial completa e individual');
    expect(await page.getByText('Law cited: 34 CFR 300.301(b)', { exact: true }).count()).toBe(1);
    await page.getByLabel('Paragraph 2', { exact: true }).fill(EDITED_PARAGRAPH);
    await expectNoAxeViolations(page, 'the letter editor (English screen, Spanish letter)');
  });

  it('downloads the edited letter as a PDF and copies it as text, with the screen in Spanish', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cartas a la escuela');
    // Changing the screen's language keeps the edited letter.
    expect(await page.getByLabel('Párrafo 2', { exact: true }).inputValue()).toBe(EDITED_PARAGRAPH);
    await expectNoAxeViolations(page, 'the letter editor (Spanish)');

    const pdfRequest = page.waitForRequest('**/api/v1/letters/pdf');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Descargar el PDF' }).click();
    const sent = (await pdfRequest).postDataJSON() as { paragraphs: { text: string }[] };
    expect(sent.paragraphs[1]?.text).toBe(EDITED_PARAGRAPH);
    const file = await download;
    expect(file.suggestedFilename()).toBe(`binder-iep-evaluation-after-504-${LETTER_DATE}.pdf`);
    const path = await file.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);
    await expect.poll(() => page.getByText('El PDF está listo; la descarga comenzó.').count()).toBe(1);

    await page.getByRole('button', { name: 'Copiar el texto' }).click();
    const plain = page.getByLabel('La carta como texto simple');
    await expect.poll(() => plain.count()).toBe(1);
    const plainText = await plain.inputValue();
    expect(plainText).toContain('Asunto: Solicitud de evaluación de IDEA en lugar de un plan 504 — Sofía Marín');
    expect(plainText).toContain(EDITED_PARAGRAPH);
    expect(plainText).toContain('Atentamente,');
  });

  it('records the letter as sent and says what the school owes now', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'La envié: registrarla en el caso de Sofía' }).click();
    await expect.poll(() => focusedText(session)).toBe('Registrada en el caso de Sofía');
    const summary = page.getByRole('region', { name: 'Registrada en el caso de Sofía' });
    await expect.poll(() => summary.getByText('en un plazo razonable (sin número de días)').count()).toBe(1);
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Binder registró la solicitud de evaluación del 28 de noviembre de 2026');
    expect(text).toContain('Lo que la escuela debe hacer ahora');
    // The evaluation clock starts at consent, so the duties are the ones with no day count.
    expect(text).toContain('La escuela debe responder a su solicitud de evaluación con un aviso previo por escrito');
    expect(text).toContain('34 CFR 300.503(a)');
    expect(text).toContain('empieza cuando la escuela recibe su consentimiento firmado');
    expect(text).toContain('45 días escolares');
    expect(await summary.getByRole('link', { name: 'Abrir la página de Sofía' }).getAttribute('href')).toBe(
      `/students/${studentId}`,
    );
    await expectNoAxeViolations(page, 'what the school owes (Spanish)');

    const events = await getJson<{ events: { event: { type: string; date: string; by?: string } }[] }>(
      session,
      `/api/v1/students/${studentId}/events`,
    );
    expect(events.events.map((stored) => stored.event)).toContainEqual(
      expect.objectContaining({ type: 'evaluation-requested', date: LETTER_DATE, by: 'parent' }),
    );
    const letters = await getJson<{ letters: { letter: { language: string; paragraphs: { text: string }[] } }[] }>(
      session,
      `/api/v1/students/${studentId}/letters`,
    );
    expect(letters.letters).toHaveLength(1);
    expect(letters.letters[0]?.letter.language).toBe('es');
    expect(letters.letters[0]?.letter.paragraphs[1]?.text).toBe(EDITED_PARAGRAPH);
    const communications = await getJson<{ communications: { channel: string }[] }>(
      session,
      `/api/v1/students/${studentId}/communications`,
    );
    expect(communications.communications.map((entry) => entry.channel)).toEqual(['letter']);
    const timeline = await getJson<{ reminders: { kind: string; trigger: { type: string; date: string } }[] }>(
      session,
      `/api/v1/students/${studentId}/timeline`,
    );
    expect(timeline.reminders).toContainEqual(
      expect.objectContaining({
        kind: 'prior-written-notice',
        trigger: { type: 'evaluation-requested', date: LETTER_DATE },
      }),
    );
  });
});

describe.skipIf(!canRunBrowser)('journey: New Hampshire on a 375-pixel phone, in Spanish', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession({ locale: 'es-US', viewport: { width: 375, height: 740 }, account: PARENT });
  });
  afterAll(async () => {
    await session.close();
  });

  it('chooses New Hampshire and shows its one-plan position, stacked as cards without sideways scrolling', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/iep-vs-504`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('¿IEP o plan 504? En qué se diferencian');
    await expect
      .poll(() => page.getByText('Se muestra la comparación para Estados Unidos (normas federales).').count())
      .toBe(1);
    await page.getByLabel('Estado cuyas normas se aplican').selectOption('NH');
    await page.getByRole('button', { name: 'Ver la comparación' }).click();
    await page.waitForURL('**/iep-vs-504?jurisdiction=NH');
    const position = page.getByRole('region', { name: 'Nuevo Hampshire: un solo plan, no los dos' });
    await expect.poll(() => position.count()).toBe(1);
    expect(await position.textContent()).toContain('recibe un IEP en lugar de un plan 504');
    expect(await position.textContent()).toContain('Yankton');
    const note = page.getByRole('row', { name: /Tener ambos — en Nuevo Hampshire/ });
    expect(await note.textContent()).toContain('Depende del estado: Nuevo Hampshire');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the IEP-vs-504 page for New Hampshire (Spanish, phone)');
  });

  it('fits the guide and the letters pages on the phone', async () => {
    const { page } = session;
    // On a phone the main navigation is behind the menu button.
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('link', { name: 'Guía', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('¿IEP o plan 504? Una guía para pensarlo');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the decision guide (Spanish, phone)');
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('link', { name: 'Cartas', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cartas a la escuela');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the letters page (Spanish, phone)');
  });
});
