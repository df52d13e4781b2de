import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// Issue #17 point 4, in English and in Spanish, on a phone (375 px) and on a desktop: the family drafts a
// complaint to the Office for Civil Rights from the letters page; the draft gives the last day to file,
// 180 days after the act, and cites its rule. Fictional people only.

interface Words {
  readonly locale: string;
  readonly actDate: string;
  readonly date: string;
  readonly write: string;
  readonly subject: string;
  readonly subjectText: string;
  readonly lastDay: string;
  readonly lawCited: RegExp;
}

const LANGUAGES: Record<'English' | 'Spanish', Words> = {
  English: {
    locale: 'en-US',
    actDate: 'Date of the act (the last one, if it goes on)',
    date: 'Date on the letter',
    write: 'Write the letter',
    subject: 'Subject',
    subjectText: 'Complaint of disability discrimination',
    lastDay: 'the 180 days end on 30 March 2027',
    lawCited: /Law cited: .*34 CFR 100\.7\(b\)/,
  },
  Spanish: {
    locale: 'es-US',
    actDate: 'Fecha del acto (el último, si continúa)',
    date: 'Fecha de la carta',
    write: 'Redactar la carta',
    subject: 'Asunto',
    subjectText: 'Queja por discriminación por discapacidad',
    lastDay: 'los 180 días terminan el 30 de marzo de 2027',
    lawCited: /Ley citada: .*34 CFR 100\.7\(b\)/,
  },
};

const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

describe.skipIf(!canRunBrowser).each(Object.entries(LANGUAGES))(
  'journey: an OCR complaint draft in %s, on a phone and on a desktop',
  (language, words) => {
    let session: BrowserSession;
    let studentId: string;
    beforeAll(async () => {
      session = await openBrowserSession({ account: PARENT, viewport: PHONE, locale: words.locale });
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

    it.each([
      ['375 px', PHONE],
      ['desktop', DESKTOP],
    ] as const)('composes the draft with the computed last day, axe-clean (%s)', async (width, viewport) => {
      const { page } = session;
      await page.setViewportSize(viewport);
      await page.goto(`${session.baseUrl}/letters?student=${studentId}&kind=ocr-complaint`);
      const actDate = page.getByLabel(words.actDate);
      await expect.poll(() => actDate.count(), { timeout: 10_000 }).toBe(1);
      await page.getByLabel(words.date).fill('2026-11-28');
      // By id: in Spanish the recipient's address field is labelled "Su dirección" as well.
      await page.locator('#letter-address').fill('4 Elm Street\nMaple Valley, TX 75002');
      await actDate.fill('2026-10-01');
      await page.locator('#letter-actDescription').fill('The school kept Sofía out of the class trip');
      await expectNoAxeViolations(page, `the letters page, OCR complaint (${language}, ${width})`);
      await page.getByRole('button', { name: words.write, exact: true }).click();
      const subject = page.getByLabel(words.subject);
      await expect.poll(() => subject.count(), { timeout: 10_000 }).toBe(1);
      expect(await subject.inputValue()).toContain(words.subjectText);
      const texts = await page
        .locator('textarea')
        .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
      expect(texts.join('\n')).toContain(words.lastDay);
      expect(await page.getByText(words.lawCited).count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page, `the OCR complaint draft (${language}, ${width})`);
      expect(await hasHorizontalOverflow(page)).toBe(false);
    });
  },
);
