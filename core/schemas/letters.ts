import { z } from 'zod';
import { describeInput } from './describe-input';
import { SERVICE_PERIODS } from './iep';
import { isoDate } from './iso-date';

/** The letters Binder writes: the first five of the feature map, then issue 17's (docs/decisions/0038). */
export const LETTER_KINDS = [
  'evaluation-request',
  'iep-evaluation-after-504',
  'records-request',
  'iee-request',
  'pwn-request',
  'meeting-summary',
  'iep-meeting-request',
  'section504-meeting-request',
  'disagreement-statement',
  'ocr-complaint',
  'state-complaint',
  'compensatory-services',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Languages a letter can be written in. */
export const LETTER_LANGUAGES = ['en', 'es'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/**
 * Areas where a family suspects a disability. Shared by the decision guide and the letters, so an
 * answer in the guide can prefill the evaluation request.
 */
export const AREAS_OF_CONCERN = [
  'reading',
  'writing',
  'math',
  'speech-language',
  'attention',
  'organization',
  'behavior',
  'social-communication',
  'emotional',
  'health',
  'physical-sensory',
] as const;
export type AreaOfConcern = (typeof AREAS_OF_CONCERN)[number];

/** Grades as a closed list, so each can be written correctly in every language ("4th grade", "4.º grado"). */
export const GRADES = [
  'pre-k',
  'k',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'transition',
] as const;
export type Grade = (typeof GRADES)[number];

/** How the writer signs; `parent` is the neutral default. */
export const PARENT_RELATIONSHIPS = ['parent', 'mother', 'father', 'guardian'] as const;
export type ParentRelationship = (typeof PARENT_RELATIONSHIPS)[number];

/** What the school offered instead of an IDEA evaluation (letter 2). */
export const SCHOOL_OFFERS = ['504-plan', 'intervention'] as const;
export type SchoolOffer = (typeof SCHOOL_OFFERS)[number];

/** Whether the school refused or proposed the action a PWN request is about (letter 5). */
export const PWN_ACTIONS = ['refused', 'proposed'] as const;
export type PwnAction = (typeof PWN_ACTIONS)[number];

export { describeInput };

/** One of `values`, with a message that lists them (`expected one of yes, no, got "maybe"`). */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}, got ${describeInput(issue.input)}`,
  });
}

/** Required free text, trimmed, with a length cap so a letter stays a letter. */
function text(max: number) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? 'required' : `expected text, got ${describeInput(issue.input)}`),
    })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${String(max)} characters` });
}

/** Optional free text: absent, or non-empty after trimming. */
function optionalText(max: number) {
  return text(max).optional();
}

/**
 * Messages of an object schema: unknown fields by name (so a misspelt field never silently drops a
 * value), `required` when absent, `expected an object` when something else came.
 */
const strict = {
  error: (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? 'required' : `expected an object, got ${describeInput(issue.input)}`;
  },
};

const phone = z
  .string({ error: (issue) => `expected a phone number, got ${describeInput(issue.input)}` })
  .trim()
  .regex(/^\+?[0-9 ().-]{7,20}$/, { error: 'expected a phone number such as (555) 010-2233' });

const parentSchema = z.strictObject(
  {
    name: text(120),
    relationship: choice(PARENT_RELATIONSHIPS).default('parent'),
    addressLines: z
      .array(text(120), { error: 'expected a list of address lines' })
      .min(1, { error: 'give at least one address line' })
      .max(4, { error: 'at most 4 address lines' }),
    email: z.email({ error: 'expected an email address such as name@example.org' }).optional(),
    phone: phone.optional(),
  },
  strict,
);

const studentSchema = z.strictObject(
  {
    name: text(120),
    /**
     * What the letter calls the child after naming them in full once (docs/decisions/0037). Without it,
     * the first word of `name`.
     */
    givenName: optionalText(60),
    birthDate: isoDate,
    grade: choice(GRADES),
    school: text(160),
  },
  strict,
);

const recipientSchema = z.strictObject(
  {
    /** Optional: families often know the office, not the person. */
    name: optionalText(120),
    title: text(160),
    /** The recipient's school, when the letter goes to a school rather than the district office. */
    school: optionalText(160),
    /** The recipient's postal address, written under the district in the recipient block. */
    addressLines: z
      .array(text(120), { error: 'expected a list of address lines' })
      .max(4, { error: 'at most 4 address lines' })
      .optional(),
  },
  strict,
);

const common = {
  language: choice(LETTER_LANGUAGES),
  /** The date written on the letter (and of the event it records). */
  date: isoDate,
  parent: parentSchema,
  student: studentSchema,
  district: text(160),
  recipient: recipientSchema,
};

const areasOfConcern = z
  .array(choice(AREAS_OF_CONCERN), { error: 'expected a list of areas of concern' })
  .min(1, { error: 'choose at least one area of concern' })
  .max(AREAS_OF_CONCERN.length);

const evaluationRequest = z.strictObject(
  {
    kind: z.literal('evaluation-request'),
    ...common,
    areasOfConcern,
    /** The family's own words about what they see. */
    concernDetails: optionalText(2000),
  },
  strict,
);

const iepEvaluationAfter504 = z.strictObject(
  {
    kind: z.literal('iep-evaluation-after-504'),
    ...common,
    areasOfConcern,
    concernDetails: optionalText(2000),
    offered: choice(SCHOOL_OFFERS),
    offeredOn: isoDate,
  },
  strict,
);

const recordsRequest = z.strictObject(
  {
    kind: z.literal('records-request'),
    ...common,
    /** The next IEP meeting, hearing or resolution session, when one is set: records are due before it. */
    meetingDate: isoDate.optional(),
    recordsDetails: optionalText(1000),
  },
  strict,
);

const ieeRequest = z.strictObject(
  {
    kind: z.literal('iee-request'),
    ...common,
    /** e.g. "psychoeducational evaluation". */
    evaluationName: text(160),
    evaluationDate: isoDate,
    disagreementDetails: optionalText(2000),
  },
  strict,
);

const pwnRequest = z.strictObject(
  {
    kind: z.literal('pwn-request'),
    ...common,
    action: choice(PWN_ACTIONS),
    /** What was refused or proposed, in the parent's words: "to evaluate Maya for special education". */
    actionDescription: text(500),
    actionDate: isoDate,
  },
  strict,
);

const meetingSummary = z.strictObject(
  {
    kind: z.literal('meeting-summary'),
    ...common,
    /** IEP or 504 meeting. */
    framework: choice(['iep', '504']).default('iep'),
    heldOn: isoDate,
    /** What was decided, in the parent's words (one decision a line). */
    decisions: text(5000),
    /** Who does what by when (one a line). */
    actionItems: optionalText(3000),
    /** What the school refused at the meeting (one a line): the letter asks for prior written notice of each. */
    refusals: optionalText(2000),
  },
  strict,
);

const iepMeetingRequest = z.strictObject(
  {
    kind: z.literal('iep-meeting-request'),
    ...common,
    /** What the parent wants the team to discuss, in their own words. */
    meetingTopics: optionalText(2000),
    /** The last IEP meeting, when known: the IEP is reviewed at least once a year from it. */
    lastMeetingDate: isoDate.optional(),
  },
  strict,
);

/** One service's compensatory minutes owed, as the services ledger gives them (docs/decisions/0033). */
const serviceOwed = z.strictObject(
  {
    service: text(160),
    owedMinutes: z
      .number({ error: (issue) => `expected a number of minutes, got ${describeInput(issue.input)}` })
      .int({ error: 'expected whole minutes' })
      .min(1, { error: 'must be at least 1 minute' })
      .max(1_000_000, { error: 'must be at most 1000000 minutes' }),
    /** What the IEP requires per period, for the letter to say what one period is worth. */
    minutesPerPeriod: z
      .number({ error: (issue) => `expected a number of minutes, got ${describeInput(issue.input)}` })
      .int({ error: 'expected whole minutes' })
      .min(0, { error: 'must not be negative' })
      .max(100_000, { error: 'must be at most 100000 minutes' }),
    period: choice(SERVICE_PERIODS),
  },
  strict,
);

const section504MeetingRequest = z.strictObject(
  {
    kind: z.literal('section504-meeting-request'),
    ...common,
    meetingTopics: optionalText(2000),
  },
  strict,
);

const disagreementStatement = z.strictObject(
  {
    kind: z.literal('disagreement-statement'),
    ...common,
    /** The record the statement is about: "the psychoeducational evaluation report of 28 August 2025". */
    recordDescription: text(500),
    /** Why the parent disagrees, in their own words. */
    disagreementDetails: text(4000),
    /** The day the school decided (after a hearing, or on the request) not to amend the record, when known. */
    decisionDate: isoDate.optional(),
  },
  strict,
);

const ocrComplaint = z.strictObject(
  {
    kind: z.literal('ocr-complaint'),
    ...common,
    /** The act of discrimination (the last act, when it continues): the 180 days run from it. */
    actDate: isoDate,
    actDescription: text(4000),
    /** What the parent asks OCR to obtain, when known. */
    remedySought: optionalText(1000),
  },
  strict,
);

const stateComplaint = z.strictObject(
  {
    kind: z.literal('state-complaint'),
    ...common,
    /** The state educational agency the complaint is filed with: "Texas Education Agency". */
    stateAgency: text(200),
    /** The violation: the one-year limit runs from it. */
    violationDate: isoDate,
    violationDescription: text(4000),
    /** The resolution the parent proposes, to the extent known (34 CFR 300.153(b)(4)(v)). */
    proposedResolution: optionalText(1000),
  },
  strict,
);

const compensatoryServices = z.strictObject(
  {
    kind: z.literal('compensatory-services'),
    ...common,
    /** The day of the services ledger the minutes come from: on or before the letter's date. */
    owedAsOf: isoDate,
    services: z
      .array(serviceOwed, { error: 'expected a list of services with minutes owed' })
      .min(1, { error: 'give at least one service with minutes owed' })
      .max(30, { error: 'at most 30 services' }),
  },
  strict,
);

/**
 * Everything needed to write one of the letters. Dates are `YYYY-MM-DD`; cross-field checks
 * (a birth date before the letter, an offer not after it, a meeting after it) report on the field at fault.
 */
export const letterInputSchema = z
  .discriminatedUnion(
    'kind',
    [
      evaluationRequest,
      iepEvaluationAfter504,
      recordsRequest,
      ieeRequest,
      pwnRequest,
      meetingSummary,
      iepMeetingRequest,
      section504MeetingRequest,
      disagreementStatement,
      ocrComplaint,
      stateComplaint,
      compensatoryServices,
    ],
    {
      // Only an unknown or missing `kind` (or no object at all) is reported by the union itself.
      error: (issue) => {
        const input = issue.input;
        if (typeof input !== 'object' || input === null) return `expected an object, got ${describeInput(input)}`;
        const kind = 'kind' in input ? input.kind : undefined;
        return `expected one of ${LETTER_KINDS.join(', ')}, got ${describeInput(kind)}`;
      },
    },
  )
  .superRefine((input, ctx) => {
    const notAfterLetter = (value: string, path: PropertyKey[], what: string): void => {
      if (value > input.date)
        ctx.addIssue({ code: 'custom', path, message: `${what} must not be after the letter date` });
    };
    if (input.student.birthDate >= input.date) {
      ctx.addIssue({ code: 'custom', path: ['student', 'birthDate'], message: 'must be before the letter date' });
    }
    switch (input.kind) {
      case 'iep-evaluation-after-504':
        notAfterLetter(input.offeredOn, ['offeredOn'], 'the date of the offer');
        break;
      case 'iee-request':
        notAfterLetter(input.evaluationDate, ['evaluationDate'], 'the evaluation date');
        break;
      case 'pwn-request':
        notAfterLetter(input.actionDate, ['actionDate'], 'the date of the refusal or proposal');
        break;
      case 'meeting-summary':
        notAfterLetter(input.heldOn, ['heldOn'], 'the meeting date');
        break;
      case 'records-request':
        if (input.meetingDate !== undefined && input.meetingDate <= input.date) {
          ctx.addIssue({ code: 'custom', path: ['meetingDate'], message: 'must be after the letter date' });
        }
        break;
      case 'iep-meeting-request':
        if (input.lastMeetingDate !== undefined)
          notAfterLetter(input.lastMeetingDate, ['lastMeetingDate'], 'the last meeting');
        break;
      case 'disagreement-statement':
        if (input.decisionDate !== undefined) notAfterLetter(input.decisionDate, ['decisionDate'], 'the decision');
        break;
      case 'ocr-complaint':
        notAfterLetter(input.actDate, ['actDate'], 'the date of the act');
        break;
      case 'state-complaint':
        notAfterLetter(input.violationDate, ['violationDate'], 'the date of the violation');
        break;
      case 'compensatory-services':
        notAfterLetter(input.owedAsOf, ['owedAsOf'], 'the date of the minutes owed');
        break;
      case 'evaluation-request':
      case 'section504-meeting-request':
        break;
    }
  });

/** A validated letter request. */
export type LetterInput = z.output<typeof letterInputSchema>;
/** The letter request of one kind. */
export type LetterInputOf<K extends LetterKind> = Extract<LetterInput, { kind: K }>;
