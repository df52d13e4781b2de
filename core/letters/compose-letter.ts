import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LetterInput } from '../schemas/letters';
import { compensatoryServices } from './compensatory-services';
import { evaluationRequest } from './evaluation-request';
import { ieeRequest } from './iee-request';
import { iepEvaluationAfter504 } from './iep-evaluation-after-504';
import { givenNameOf, nameOnceThenGiven } from './child-name';
import type { ImpliedEvent, Letter, LetterContent, LetterTranslation } from './letter';
import { letterDate } from './letter-date';
import { renderParagraph } from './letter-draft';
import type { LetterDraft, ReadingLanguage } from './letter-draft';
import { signatureRole } from './letter-phrases';
import { letterPlainText } from './letter-plain-text';
import { meetingSummary } from './meeting-summary';
import { pwnRequest } from './pwn-request';
import { recordsRequest } from './records-request';
import { iepMeetingRequest, section504MeetingRequest } from './meeting-request';
import { disagreementStatement } from './disagreement-statement';
import { ocrComplaint, stateComplaint } from './complaints';

/** A letter's own words in every reading language, before the common parts are added. */
export function draftOf(input: LetterInput, facts: JurisdictionFacts): LetterDraft {
  switch (input.kind) {
    case 'evaluation-request':
      return evaluationRequest(input, facts);
    case 'iep-evaluation-after-504':
      return iepEvaluationAfter504(input, facts);
    case 'records-request':
      return recordsRequest(input);
    case 'iee-request':
      return ieeRequest(input);
    case 'pwn-request':
      return pwnRequest(input);
    case 'meeting-summary':
      return meetingSummary(input);
    case 'iep-meeting-request':
      return iepMeetingRequest(input);
    case 'section504-meeting-request':
      return section504MeetingRequest(input);
    case 'disagreement-statement':
      return disagreementStatement(input);
    case 'ocr-complaint':
      return ocrComplaint(input, facts);
    case 'state-complaint':
      return stateComplaint(input);
    case 'compensatory-services':
      return compensatoryServices(input);
  }
}

/**
 * The case event the letter records when sent (docs/case-file-contract.md): both evaluation requests start
 * the evaluation clocks, a records request the records clock, a complaint its filing. PWN and meeting
 * requests and a statement of disagreement have no event type of their own in the case file, so they
 * record none.
 */
export function impliedEventOf(input: Pick<LetterInput, 'kind' | 'date'>): ImpliedEvent | null {
  switch (input.kind) {
    case 'evaluation-request':
    case 'iep-evaluation-after-504':
      return { type: 'evaluation-requested', date: input.date, by: 'parent' };
    case 'records-request':
      return { type: 'records-requested', date: input.date };
    case 'iee-request':
      // The school must then pay for the IEE or file for due process without unnecessary delay (300.502(b)(2)).
      return { type: 'iee-requested', date: input.date };
    case 'ocr-complaint':
      // Sending the draft is filing it: the OCR window (180 days from the act) is then met.
      return { type: 'ocr-complaint-filed', date: input.date };
    case 'state-complaint':
      // Filing starts the state's 60 days to decide (34 CFR 300.152(a)).
      return { type: 'state-complaint-filed', date: input.date };
    case 'pwn-request':
    case 'meeting-summary':
    case 'iep-meeting-request':
    case 'section504-meeting-request':
    case 'disagreement-statement':
    case 'compensatory-services':
      // No case-file event type of their own (docs/decisions/0035, 0038): the communication log keeps the letter.
      return null;
  }
}

/**
 * Who the letter goes to, as the lines of an address: name (when known), title, school (when it goes to
 * one), the district, and the postal address (when known).
 */
export function recipientBlock(input: Pick<LetterInput, 'recipient' | 'district'>): string[] {
  const { recipient } = input;
  return [
    ...(recipient.name === undefined ? [] : [recipient.name]),
    recipient.title,
    ...(recipient.school === undefined ? [] : [recipient.school]),
    input.district,
    ...(recipient.addressLines ?? []),
  ];
}

const SALUTATION: Readonly<Record<ReadingLanguage, (to: string) => string>> = {
  en: (to) => `Dear ${to}:`,
  es: (to) => `Estimado(a) ${to}:`,
  vi: (to) => `Kính gửi ${to},`,
  'zh-Hans': (to) => `尊敬的 ${to}：`,
  ar: (to) => `حضرة ${to} المحترم/المحترمة،`,
};

const CLOSING: Readonly<Record<ReadingLanguage, string>> = {
  en: 'Sincerely,',
  es: 'Atentamente,',
  vi: 'Trân trọng,',
  'zh-Hans': '此致敬礼',
  ar: 'مع خالص التحية والتقدير،',
};

/** The letter in `language`: the sent letter's language, or a reading language for its translation. */
function composeIn<L extends ReadingLanguage>(
  input: LetterInput,
  facts: JurisdictionFacts,
  language: L,
): Omit<LetterContent, 'language'> & { readonly language: L } {
  const draft = draftOf(input, facts);
  const { parent, recipient } = input;
  const givenName = givenNameOf(input.student);
  const paragraphs = draft.paragraphs
    .filter((sentences) => sentences.length > 0)
    .map((sentences) => renderParagraph(sentences, language));
  return {
    kind: input.kind,
    language,
    date: input.date,
    dateLine: letterDate(input.date, language),
    senderLines: [
      parent.name,
      ...parent.addressLines,
      ...(parent.email === undefined ? [] : [parent.email]),
      ...(parent.phone === undefined ? [] : [parent.phone]),
    ],
    recipientLines: recipientBlock(input),
    subject: draft.subject[language],
    salutation: SALUTATION[language](recipient.name ?? recipient.title),
    paragraphs: nameOnceThenGiven(paragraphs, input.student.name, givenName),
    closing: CLOSING[language],
    signatureLines: [parent.name, signatureRole(input, givenName)[language]],
    impliedEvent: impliedEventOf(input),
  };
}

/**
 * Writes one of the letters as structured content, in the input's language (English or Spanish: the
 * language the letter is sent in), with the state's evaluation time limit (and New Hampshire's one-plan
 * position) from `facts`. Every paragraph that states law carries its citations; `plainText` is derived
 * from the structure. Pure: same input, same letter.
 */
export function composeLetter(input: LetterInput, facts: JurisdictionFacts): Letter {
  const content: LetterContent = composeIn(input, facts, input.language);
  return { ...content, plainText: letterPlainText(content) };
}

/**
 * The same letter composed again in a reading language (docs/decisions/0045), so a parent who reads
 * Vietnamese, Chinese or Arabic can read side by side what the English or Spanish letter says: the same
 * paragraphs, in the same order, with the same citations, the same names, addresses and the family's own
 * words as typed. Only for reading: the letter sent is always `composeLetter`'s.
 */
export function composeLetterTranslation(
  input: LetterInput,
  facts: JurisdictionFacts,
  language: ReadingLanguage,
): LetterTranslation {
  const content = composeIn(input, facts, language);
  return { ...content, plainText: letterPlainText(content) };
}
