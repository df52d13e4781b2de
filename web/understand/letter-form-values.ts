import type { TFunction } from 'i18next';
import {
  AREAS_OF_CONCERN,
  GRADES,
  LETTER_KINDS,
  PARENT_RELATIONSHIPS,
  letterInputSchema,
  type AreaOfConcern,
  type Grade,
  type LetterInput,
  type LetterKind,
  type LetterLanguage,
  type ParentRelationship,
  type PwnAction,
  type SchoolOffer,
} from '../../core/schemas/letters';
import { fieldIssues } from '../../core/schemas/format-issues';
import type { Student } from '../../core/schemas/student';
import type { ErrorSummaryItem } from '../components/forms/error-summary';
import { issueMessage } from '../i18n/issue-message';

/** Everything the letter form holds, as typed (strings), so nothing is lost when a request fails. */
export interface LetterFormValues {
  readonly kind: LetterKind | '';
  readonly language: LetterLanguage;
  readonly date: string;
  readonly jurisdiction: string;
  readonly parentName: string;
  readonly relationship: ParentRelationship;
  /** One address line per line of the text box. */
  readonly address: string;
  readonly email: string;
  readonly phone: string;
  readonly childName: string;
  /** What the letter calls the child after the first, full mention. */
  readonly givenName: string;
  readonly birthDate: string;
  readonly grade: Grade | '';
  readonly school: string;
  readonly district: string;
  readonly recipientName: string;
  readonly recipientTitle: string;
  readonly recipientSchool: string;
  /** One address line per line of the text box. */
  readonly recipientAddress: string;
  readonly areasOfConcern: readonly AreaOfConcern[];
  readonly concernDetails: string;
  readonly offered: SchoolOffer;
  readonly offeredOn: string;
  readonly meetingDate: string;
  readonly recordsDetails: string;
  readonly evaluationName: string;
  readonly evaluationDate: string;
  readonly disagreementDetails: string;
  readonly action: PwnAction;
  readonly actionDescription: string;
  readonly actionDate: string;
  readonly meetingFramework: 'iep' | '504';
  readonly heldOn: string;
  readonly decisions: string;
  readonly actionItems: string;
  readonly refusals: string;
  readonly meetingTopics: string;
  readonly lastMeetingDate: string;
  readonly recordDescription: string;
  readonly decisionDate: string;
  readonly actDate: string;
  readonly actDescription: string;
  readonly remedySought: string;
  readonly stateAgency: string;
  readonly violationDate: string;
  readonly violationDescription: string;
  readonly proposedResolution: string;
  /** The minutes owed per service from the child's services ledger on the letter's date (compensatory services). */
  readonly owedServices: readonly OwedServiceValue[];
}

/** One service's minutes owed as the compensatory services letter sends it. */
export interface OwedServiceValue {
  readonly service: string;
  readonly owedMinutes: number;
  readonly minutesPerPeriod: number;
  readonly period: 'day' | 'week' | 'month' | 'year';
}

export type LetterField = keyof LetterFormValues;

/** The id of a field's input (or fieldset), shared by the form, its error messages and the error summary. */
export function letterFieldId(field: LetterField): string {
  return `letter-${field}`;
}

/** The recipient most letters go to, in the letter's language (it is written into the letter). */
export const DEFAULT_RECIPIENT_TITLE: Readonly<Record<LetterLanguage, string>> = {
  en: 'Director of Special Education',
  es: 'Director(a) de Educación Especial',
};

/** Today in the browser's own calendar, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A child's grade as typed in the record ("6", "6th", "K", "Pre-K", "kindergarten") as one of `GRADES`. */
export function gradeFromText(text: string | null): Grade | '' {
  if (text === null) return '';
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/\b(grade|grado)\b/g, '')
    .replace(/[.º°]/g, '')
    .replace(/(\d+)(st|nd|rd|th|o)\b/, '$1')
    .trim();
  if (['k', 'kg', 'kinder', 'kindergarten', 'kínder'].includes(cleaned)) return 'k';
  if (['pre-k', 'prek', 'pk', 'pre-kindergarten', 'preschool', 'prekínder', 'pre-kínder'].includes(cleaned))
    return 'pre-k';
  return (GRADES as readonly string[]).includes(cleaned) ? (cleaned as Grade) : '';
}

function relationshipFrom(text: string | undefined): ParentRelationship {
  const word = (text ?? '').trim().toLowerCase();
  if (['mother', 'mom', 'madre', 'mamá'].includes(word)) return 'mother';
  if (['father', 'dad', 'padre', 'papá'].includes(word)) return 'father';
  if (['guardian', 'legal guardian', 'tutor', 'tutora', 'tutor legal'].includes(word)) return 'guardian';
  return (PARENT_RELATIONSHIPS as readonly string[]).includes(word) ? (word as ParentRelationship) : 'parent';
}

/** A kind from the address (`?kind=`), or nothing. */
export function kindFrom(text: string | null): LetterKind | '' {
  return (LETTER_KINDS as readonly string[]).includes(text ?? '') ? (text as LetterKind) : '';
}

/** Areas of concern from the address (`?areas=reading,writing`), unknown ones dropped. */
export function areasFrom(text: string | null): AreaOfConcern[] {
  const known: readonly string[] = AREAS_OF_CONCERN;
  return (text ?? '')
    .split(',')
    .map((area) => area.trim())
    .filter((area): area is AreaOfConcern => known.includes(area));
}

/** The signed-in person, who writes the letter: their name and e-mail come from the account. */
export interface LetterWriter {
  readonly name: string;
  readonly email: string;
}

/** Address lines from a text box, one per line, empty lines dropped. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The form before anything is typed: filled from the child's record when there is one (name, birth date,
 * grade, school, district, state) and from the account of the person writing (name, e-mail); the child's
 * contact with the same e-mail (else the first contact) gives the relationship and phone. All of it can be
 * changed.
 */
export function initialLetterForm(options: {
  kind: LetterKind | '';
  language: LetterLanguage;
  jurisdiction: string;
  areas: readonly AreaOfConcern[];
  student: Student | null;
  today: string;
  writer?: LetterWriter | null;
}): LetterFormValues {
  const { student } = options;
  const writer = options.writer ?? null;
  const same = (a: string, b: string) => a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
  // The writer's own contact entry; without an account, the first contact.
  const contact =
    writer === null
      ? student?.contacts[0]
      : student?.contacts.find((c) => same(c.email, writer.email) || same(c.name, writer.name));
  return {
    kind: options.kind,
    language: options.language,
    date: options.today,
    jurisdiction: student?.jurisdiction ?? options.jurisdiction,
    parentName: writer?.name ?? contact?.name ?? '',
    relationship: relationshipFrom(contact?.relationship),
    address: '',
    email: writer?.email ?? contact?.email ?? '',
    phone: contact?.phone ?? '',
    childName: student === null ? '' : `${student.givenName} ${student.familyName}`,
    givenName: student?.givenName ?? '',
    birthDate: student?.birthDate ?? '',
    grade: gradeFromText(student?.grade ?? null),
    school: student?.school ?? '',
    district: student?.district ?? '',
    recipientName: '',
    recipientTitle: DEFAULT_RECIPIENT_TITLE[options.language],
    recipientSchool: '',
    recipientAddress: '',
    areasOfConcern: options.areas,
    concernDetails: '',
    offered: '504-plan',
    offeredOn: '',
    meetingDate: '',
    recordsDetails: '',
    evaluationName: '',
    evaluationDate: '',
    disagreementDetails: '',
    action: 'refused',
    actionDescription: '',
    actionDate: '',
    meetingFramework: 'iep',
    heldOn: '',
    decisions: '',
    actionItems: '',
    refusals: '',
    meetingTopics: '',
    lastMeetingDate: '',
    recordDescription: '',
    decisionDate: '',
    actDate: '',
    actDescription: '',
    remedySought: '',
    stateAgency: '',
    violationDate: '',
    violationDescription: '',
    proposedResolution: '',
    owedServices: [],
  };
}

/** A new letter language, with the recipient's title following it while it is still the default one. */
export function withLanguage(values: LetterFormValues, language: LetterLanguage): LetterFormValues {
  const isDefaultTitle = Object.values(DEFAULT_RECIPIENT_TITLE).includes(values.recipientTitle.trim());
  return {
    ...values,
    language,
    recipientTitle: isDefaultTitle ? DEFAULT_RECIPIENT_TITLE[language] : values.recipientTitle,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The request body's `input` from the form: optional fields left empty are left out. */
export function letterRequestFrom(values: LetterFormValues): Record<string, unknown> {
  const common = {
    kind: values.kind,
    language: values.language,
    date: values.date,
    parent: {
      name: values.parentName,
      relationship: values.relationship,
      addressLines: linesOf(values.address),
      email: optional(values.email),
      phone: optional(values.phone),
    },
    student: {
      name: values.childName,
      givenName: optional(values.givenName),
      birthDate: values.birthDate,
      grade: values.grade,
      school: values.school,
    },
    district: values.district,
    recipient: {
      name: optional(values.recipientName),
      title: values.recipientTitle,
      school: optional(values.recipientSchool),
      addressLines: linesOf(values.recipientAddress).length === 0 ? undefined : linesOf(values.recipientAddress),
    },
  };
  switch (values.kind) {
    case 'evaluation-request':
      return { ...common, areasOfConcern: values.areasOfConcern, concernDetails: optional(values.concernDetails) };
    case 'iep-evaluation-after-504':
      return {
        ...common,
        areasOfConcern: values.areasOfConcern,
        concernDetails: optional(values.concernDetails),
        offered: values.offered,
        offeredOn: values.offeredOn,
      };
    case 'records-request':
      return {
        ...common,
        meetingDate: optional(values.meetingDate),
        recordsDetails: optional(values.recordsDetails),
      };
    case 'iee-request':
      return {
        ...common,
        evaluationName: values.evaluationName,
        evaluationDate: values.evaluationDate,
        disagreementDetails: optional(values.disagreementDetails),
      };
    case 'pwn-request':
      return {
        ...common,
        action: values.action,
        actionDescription: values.actionDescription,
        actionDate: values.actionDate,
      };
    case 'meeting-summary':
      return {
        ...common,
        framework: values.meetingFramework,
        heldOn: values.heldOn,
        decisions: values.decisions,
        actionItems: optional(values.actionItems),
        refusals: optional(values.refusals),
      };
    case 'iep-meeting-request':
      return {
        ...common,
        meetingTopics: optional(values.meetingTopics),
        lastMeetingDate: optional(values.lastMeetingDate),
      };
    case 'section504-meeting-request':
      return { ...common, meetingTopics: optional(values.meetingTopics) };
    case 'disagreement-statement':
      return {
        ...common,
        recordDescription: values.recordDescription,
        disagreementDetails: values.disagreementDetails,
        decisionDate: optional(values.decisionDate),
      };
    case 'ocr-complaint':
      return {
        ...common,
        actDate: values.actDate,
        actDescription: values.actDescription,
        remedySought: optional(values.remedySought),
      };
    case 'state-complaint':
      return {
        ...common,
        stateAgency: values.stateAgency,
        violationDate: values.violationDate,
        violationDescription: values.violationDescription,
        proposedResolution: optional(values.proposedResolution),
      };
    case 'compensatory-services':
      return { ...common, owedAsOf: values.date, services: values.owedServices };
    case '':
      return common;
  }
}

/** Where an issue of the letter request (`parent.addressLines[0]`, `input.student.grade`) is shown. */
const FIELD_OF_PATH: Readonly<Record<string, LetterField>> = {
  kind: 'kind',
  language: 'language',
  date: 'date',
  'parent.name': 'parentName',
  'parent.relationship': 'relationship',
  'parent.addressLines': 'address',
  'parent.email': 'email',
  'parent.phone': 'phone',
  'student.name': 'childName',
  'student.givenName': 'givenName',
  'student.birthDate': 'birthDate',
  'student.grade': 'grade',
  'student.school': 'school',
  district: 'district',
  'recipient.name': 'recipientName',
  'recipient.title': 'recipientTitle',
  'recipient.school': 'recipientSchool',
  'recipient.addressLines': 'recipientAddress',
  areasOfConcern: 'areasOfConcern',
  concernDetails: 'concernDetails',
  offered: 'offered',
  offeredOn: 'offeredOn',
  meetingDate: 'meetingDate',
  recordsDetails: 'recordsDetails',
  evaluationName: 'evaluationName',
  evaluationDate: 'evaluationDate',
  disagreementDetails: 'disagreementDetails',
  action: 'action',
  actionDescription: 'actionDescription',
  actionDate: 'actionDate',
  framework: 'meetingFramework',
  heldOn: 'heldOn',
  decisions: 'decisions',
  actionItems: 'actionItems',
  refusals: 'refusals',
  meetingTopics: 'meetingTopics',
  lastMeetingDate: 'lastMeetingDate',
  recordDescription: 'recordDescription',
  decisionDate: 'decisionDate',
  actDate: 'actDate',
  actDescription: 'actDescription',
  remedySought: 'remedySought',
  stateAgency: 'stateAgency',
  violationDate: 'violationDate',
  violationDescription: 'violationDescription',
  proposedResolution: 'proposedResolution',
  owedAsOf: 'date',
  services: 'owedServices',
  jurisdiction: 'jurisdiction',
};

/** The form field an API or schema issue is about; the letter kind when the path is unknown. */
export function fieldOfIssue(path: string): LetterField {
  const segments = path
    .replace(/^input\./, '')
    .replace(/\[\d+\]/g, '')
    .split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const field = FIELD_OF_PATH[segments.slice(0, length).join('.')];
    if (field !== undefined) return field;
  }
  return 'kind';
}

/** A schema message said in the UI language; anything unexpected is shown as written. */
export function letterIssueMessage(field: LetterField, message: string, t: TFunction): string {
  if (message === 'required' || message === 'must not be empty' || message === 'give at least one address line') {
    return field === 'kind' ? t('letters.issues.kind') : t('letters.issues.required');
  }
  if (field === 'grade' && message.startsWith('expected one of')) return t('letters.issues.grade');
  if (field === 'kind' && message.startsWith('expected one of')) return t('letters.issues.kind');
  if (message === 'choose at least one area of concern') return t('letters.issues.areas');
  if (message === 'at most 4 address lines') return t('letters.issues.addressLines');
  if (message.startsWith('expected a phone number')) return t('letters.issues.phone');
  if (message.startsWith('expected an email address')) return t('letters.issues.email');
  if (message.startsWith('expected YYYY-MM-DD')) return t('letters.issues.date');
  if (message === 'must be before the letter date') return t('letters.issues.beforeLetter');
  if (message.endsWith('must not be after the letter date')) return t('letters.issues.notAfterLetter');
  if (message.startsWith('expected one of iep, 504')) return t('letters.issues.meetingFramework');
  if (message === 'must be after the letter date') return t('letters.issues.afterLetter');
  const tooLong = /at most (\d+) characters$/.exec(message);
  if (tooLong !== null) return t('letters.issues.tooLong', { max: Number(tooLong[1]) });
  return issueMessage(message, t);
}

/** One problem to fix, in the form's terms. */
export interface LetterIssue {
  readonly field: LetterField;
  readonly message: string;
}

/** The issues of an API answer or a schema check as fields of the form (raw messages; say them with `letterIssueMessage`). */
export function letterIssuesFrom(issues: readonly { field: string; message: string }[]): LetterIssue[] {
  return issues.map((issue) => ({ field: fieldOfIssue(issue.field), message: issue.message }));
}

/**
 * Checks the form with the server's own schema (core/schemas/letters.ts) before sending, so problems are
 * shown at once and in the UI language; the request is built from exactly what was checked.
 */
export function checkLetterForm(
  values: LetterFormValues,
): { ok: true; input: LetterInput } | { ok: false; issues: LetterIssue[] } {
  const extra: LetterIssue[] = values.jurisdiction === '' ? [{ field: 'jurisdiction', message: 'required' }] : [];
  const result = letterInputSchema.safeParse(letterRequestFrom(values));
  if (result.success && extra.length === 0) return { ok: true, input: result.data };
  const issues = result.success ? [] : letterIssuesFrom(fieldIssues(result.error));
  return { ok: false, issues: [...extra, ...issues] };
}

/** Error-summary entries and messages by input id, in the order of the form's fields. */
export function letterErrors(
  issues: readonly LetterIssue[],
  labelOf: (field: LetterField) => string,
  t: TFunction,
): { items: ErrorSummaryItem[]; byField: Record<string, string> } {
  const order = Object.values(FIELD_OF_PATH);
  const sorted = [...issues].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const items: ErrorSummaryItem[] = [];
  const byField: Record<string, string> = {};
  for (const issue of sorted) {
    const fieldId = letterFieldId(issue.field);
    if (fieldId in byField) continue;
    const message = letterIssueMessage(issue.field, issue.message, t);
    byField[fieldId] = message;
    items.push({ fieldId, label: labelOf(issue.field), message });
  }
  return { items, byField };
}

/** A held meeting's record as the letter form's fields, for its follow-up summary or for a refusal's notice request. */
export interface MeetingForLetter {
  readonly date: string;
  readonly framework: 'iep' | '504';
  readonly decisions: string;
  readonly followUps: readonly { readonly text: string; readonly owner: string; readonly due: string | null }[];
  readonly refusals: readonly string[];
}

/**
 * The letter form filled from a held meeting: the summary gets the meeting's date, decisions, action items
 * ("who — what — by when") and refusals; a prior-written-notice request gets the refusal numbered `refusal`.
 */
export function withMeeting(
  values: LetterFormValues,
  meeting: MeetingForLetter,
  refusal: number | null,
  byWhen: (due: string) => string,
): LetterFormValues {
  const chosenRefusal = refusal === null ? undefined : meeting.refusals[refusal];
  if (values.kind === 'pwn-request' && chosenRefusal !== undefined) {
    return { ...values, action: 'refused', actionDescription: chosenRefusal, actionDate: meeting.date };
  }
  const actionItems = meeting.followUps
    .map((item) =>
      [item.owner.trim(), item.text.trim(), item.due === null ? '' : byWhen(item.due)]
        .filter((part) => part !== '')
        .join(' — '),
    )
    .join('\n');
  return {
    ...values,
    meetingFramework: meeting.framework,
    heldOn: meeting.date,
    decisions: meeting.decisions,
    actionItems,
    refusals: meeting.refusals.join('\n'),
  };
}
