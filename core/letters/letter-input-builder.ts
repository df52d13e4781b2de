import type { LetterInput, LetterInputOf, LetterKind } from '../schemas/letters';

/**
 * Test builders: a complete, valid letter request for each kind, with fictional people and places.
 * Override any field; the result is typed as the validated input (`LetterInput`).
 */
const COMMON = {
  language: 'en',
  date: '2025-09-10',
  parent: {
    name: 'Lucía Ortiz',
    relationship: 'mother',
    addressLines: ['12 Alder Lane', 'Riverbend, TX 75001'],
    email: 'lucia.ortiz@example.org',
    phone: '(555) 010-2233',
  },
  student: { name: 'Maya Ortiz', birthDate: '2016-03-14', grade: '4', school: 'Lincoln Elementary' },
  district: 'Riverbend Unified School District',
  recipient: { name: 'Dana Whitfield', title: 'Director of Special Education' },
} as const satisfies Omit<LetterInput, 'kind' | 'areasOfConcern' | 'offered' | 'offeredOn'>;

const BY_KIND: { readonly [K in LetterKind]: LetterInputOf<K> } = {
  'evaluation-request': {
    ...COMMON,
    kind: 'evaluation-request',
    areasOfConcern: ['reading', 'attention'],
    concernDetails: 'Maya still reads word by word and cannot finish class work',
  },
  'iep-evaluation-after-504': {
    ...COMMON,
    kind: 'iep-evaluation-after-504',
    areasOfConcern: ['reading', 'writing'],
    offered: '504-plan',
    offeredOn: '2025-09-02',
  },
  'records-request': { ...COMMON, kind: 'records-request', meetingDate: '2025-10-03' },
  'iee-request': {
    ...COMMON,
    kind: 'iee-request',
    evaluationName: 'psychoeducational evaluation',
    evaluationDate: '2025-08-28',
  },
  'pwn-request': {
    ...COMMON,
    kind: 'pwn-request',
    action: 'refused',
    actionDescription: 'to evaluate Maya for special education',
    actionDate: '2025-09-02',
  },
  'meeting-summary': {
    ...COMMON,
    kind: 'meeting-summary',
    framework: 'iep',
    heldOn: '2025-09-08',
    decisions: 'Maya will get 30 minutes of reading support a day\nThe team will meet again in six weeks',
    actionItems: 'Ms. Reyes sends the draft IEP by 2025-09-15',
    refusals: 'an assistive technology evaluation',
  },
  'iep-meeting-request': {
    ...COMMON,
    kind: 'iep-meeting-request',
    meetingTopics: 'Maya is not making progress on her reading goal and her reading support was cut',
    lastMeetingDate: '2025-03-12',
  },
  'section504-meeting-request': {
    ...COMMON,
    kind: 'section504-meeting-request',
    meetingTopics: 'Maya’s extra time on tests is not being given in science',
  },
  'disagreement-statement': {
    ...COMMON,
    kind: 'disagreement-statement',
    recordDescription: 'the psychoeducational evaluation report of 28 August 2025',
    disagreementDetails:
      'The report says Maya reads at grade level, but her reading test in May placed her two years behind',
    decisionDate: '2025-09-05',
  },
  'ocr-complaint': {
    ...COMMON,
    kind: 'ocr-complaint',
    actDate: '2025-06-02',
    actDescription: 'The school excluded Maya from the class field trip because of her disability',
    remedySought: 'Training for staff and a written apology',
  },
  'state-complaint': {
    ...COMMON,
    kind: 'state-complaint',
    stateAgency: 'Texas Education Agency',
    violationDate: '2025-02-03',
    violationDescription: 'The district stopped Maya’s speech therapy in February without an IEP meeting',
    proposedResolution: 'Compensatory speech therapy for the sessions missed',
  },
  'compensatory-services': {
    ...COMMON,
    kind: 'compensatory-services',
    owedAsOf: '2025-09-10',
    services: [
      { service: 'Speech therapy', owedMinutes: 96, minutesPerPeriod: 90, period: 'week' },
      { service: 'Occupational therapy', owedMinutes: 46, minutesPerPeriod: 60, period: 'month' },
    ],
  },
};

/** A valid request for a letter of `kind`, with `overrides` applied on top. */
export function buildLetterInput<K extends LetterKind>(
  kind: K,
  overrides: Partial<LetterInputOf<K>> = {},
): LetterInputOf<K> {
  return { ...BY_KIND[kind], ...overrides };
}
