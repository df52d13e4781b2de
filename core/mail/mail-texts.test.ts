import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../progress/format-words';
import {
  invitationMail,
  MAIL_TEXT_LANGUAGES,
  mailLanguageOf,
  passwordResetMail,
  reminderMail,
  signUpAttemptMail,
  verifyEmailMail,
  weeklyDigestMail,
  type MailTextLanguage,
  type MailText,
  type ReminderDeadline,
} from './mail-texts';

// Issue 22: every message Binder sends, in the five reading languages, with its links, dates and citations intact.
const NEW_LANGUAGES = ['vi', 'zh-Hans', 'ar'] as const;
const LINK = 'https://binder.example.org/reset-password?token=abc123';
const DEADLINE: ReminderDeadline = {
  childName: 'Maya',
  what: 'annual review',
  due: '2026-12-18',
  citation: '34 CFR 300.324(b)(1)',
  link: 'https://binder.example.org/students/s-1/timeline',
};
const UNSUBSCRIBE = 'https://binder.example.org/unsubscribe?token=u-9';

/** Every message Binder sends, as a function of the language. */
const MAILS: readonly (readonly [string, (language: MailTextLanguage) => MailText, readonly string[]])[] = [
  ['password reset', (l) => passwordResetMail(l, { name: 'Lucía', link: LINK }), [LINK, 'Lucía']],
  ['e-mail check', (l) => verifyEmailMail(l, { name: 'Lucía', link: LINK }), [LINK, 'Lucía']],
  ['sign-up attempt', (l) => signUpAttemptMail(l, { name: 'Lucía', link: LINK }), [LINK, 'Lucía']],
  ...(['week-before', 'day-before', 'passed'] as const).map(
    (kind) =>
      [
        `reminder (${kind})`,
        (l: MailTextLanguage) =>
          reminderMail(l, kind, { name: 'Lucía', deadline: DEADLINE, unsubscribeLink: UNSUBSCRIBE }),
        [DEADLINE.link, DEADLINE.due, DEADLINE.citation, 'Maya', UNSUBSCRIBE],
      ] as const,
  ),
  [
    'weekly digest',
    (l) =>
      weeklyDigestMail(l, { name: 'Lucía', weekOf: '2026-12-07', deadlines: [DEADLINE], unsubscribeLink: UNSUBSCRIBE }),
    ['2026-12-07', DEADLINE.link, DEADLINE.due, DEADLINE.citation, UNSUBSCRIBE],
  ],
  [
    'empty weekly digest',
    (l) => weeklyDigestMail(l, { name: 'Lucía', weekOf: '2026-12-07', deadlines: [], unsubscribeLink: UNSUBSCRIBE }),
    ['2026-12-07', UNSUBSCRIBE],
  ],
  ...(['co-parent', 'advocate', 'school-staff'] as const).map(
    (role) =>
      [
        `invitation (${role})`,
        (l: MailTextLanguage) =>
          invitationMail(l, {
            inviterName: 'Lucía Ortiz',
            childName: 'Maya',
            role,
            link: 'https://binder.example.org/invitations/t-1',
            expiresOn: '2026-12-21',
          }),
        ['Lucía Ortiz', 'Maya', 'https://binder.example.org/invitations/t-1', '2026-12-21'],
      ] as const,
  ),
];

describe('mail texts in every language', () => {
  it.each(
    MAILS.flatMap(([name, mail, kept]) => MAIL_TEXT_LANGUAGES.map((language) => [name, language, mail, kept] as const)),
  )('%s (%s) keeps its links, dates, citations and names', (_name, language, mail, kept) => {
    const text = mail(language);
    for (const value of kept) expect(`${text.subject}\n${text.body}`).toContain(value);
    expect(text.body.endsWith('\n')).toBe(true);
    expect(text.body).not.toMatch(/undefined|\{|\}/);
    // A link stands on a line of its own, so mail programs make it clickable whole.
    const lines = text.body.split('\n').map((line) => line.trim());
    for (const value of kept.filter((v) => v.startsWith('https://'))) expect(lines).toContain(value);
  });

  it.each(MAILS.flatMap(([name, mail]) => NEW_LANGUAGES.map((language) => [name, language, mail] as const)))(
    '%s (%s): subject and body are not the English ones, nor the Spanish ones',
    (_name, language, mail) => {
      const text = mail(language);
      for (const other of ['en', 'es'] as const) {
        expect(text.subject).not.toBe(mail(other).subject);
        expect(text.body).not.toBe(mail(other).body);
      }
      // No English sentence is left: the English message's words do not appear.
      expect(text.body).not.toMatch(/\b(Hello|Open this link|ignore this message|deadline|Binder account)\b/);
    },
  );

  it('writes each language in its own script', () => {
    const reset = (l: MailTextLanguage) => passwordResetMail(l, { name: 'Lucía', link: LINK }).subject;
    expect(reset('vi')).toMatch(/mật khẩu/);
    expect(reset('zh-Hans')).toMatch(/\p{Script=Han}/u);
    expect(reset('ar')).toMatch(/\p{Script=Arabic}/u);
  });
});

describe('mailLanguageOf', () => {
  // The language wanted, and what is sent while the app does not speak it yet (it always has words for it).
  const spoken = (language: string): boolean => (LANGUAGES as readonly string[]).includes(language);
  it.each([
    [undefined, 'en', 'en'],
    [null, 'en', 'en'],
    ['', 'en', 'en'],
    ['en-US,en;q=0.9', 'en', 'en'],
    ['es-MX,es;q=0.9,en;q=0.8', 'es', 'es'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi', 'en'],
    ['zh-CN,zh;q=0.9', 'zh-Hans', 'en'],
    ['zh-Hans', 'zh-Hans', 'en'],
    ['zh-TW', 'zh-Hans', 'en'],
    ['ar-EG,ar;q=0.9', 'ar', 'en'],
    ['AR', 'ar', 'en'],
    ['fr-FR,vi;q=0.8,es;q=0.5', 'vi', 'es'],
    ['fr-FR,de;q=0.8', 'en', 'en'],
    ['en-US,es;q=0.9', 'en', 'en'],
  ] as const)('reads %s as %s', (header, wanted, otherwise) => {
    expect(mailLanguageOf(header)).toBe(spoken(wanted) ? wanted : otherwise);
  });

  it('answers only languages the app speaks', () => {
    for (const language of LANGUAGES) expect(mailLanguageOf(`${language};q=1`)).toBe(language);
  });
});
