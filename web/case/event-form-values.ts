import type { CaseEventInput } from '../../core/schemas/case-event';
import { EVENT_TYPES, type EventType } from '../../core/schemas/case-file';
import type { DraftEvent } from '../../core/timeline/event-effects';

/** The event form exactly as filled in; only the fields of the chosen type are sent. */
export interface EventFormValues {
  readonly type: EventType | '';
  readonly date: string;
  readonly by: 'parent' | 'school';
  readonly isOral: boolean;
  readonly evaluationKind: '' | 'initial' | 'reevaluation';
  readonly eligibilityFramework: 'idea' | '504';
  readonly isEligible: 'yes' | 'no';
  readonly meetingPurpose: '' | 'initial' | 'annual' | 'amendment' | 'reevaluation';
  readonly isTransition: boolean;
  readonly planFramework: 'iep' | '504';
  readonly meetingDate: string;
  readonly meetingKind: '' | 'iep' | '504' | 'resolution' | 'hearing' | 'referral';
  /** What a scheduled IEP meeting is for ('' = not said). */
  readonly scheduledPurpose: '' | 'initial' | 'annual' | 'amendment' | 'reevaluation';
  /** What a prior written notice is about ('' = not said). */
  readonly noticeSubject: '' | 'evaluation' | 'iep' | 'placement' | 'other';
}

export const EMPTY_EVENT_FORM: EventFormValues = {
  type: '',
  date: '',
  by: 'parent',
  isOral: false,
  evaluationKind: 'initial',
  eligibilityFramework: 'idea',
  isEligible: 'yes',
  meetingPurpose: 'initial',
  isTransition: false,
  planFramework: 'iep',
  meetingDate: '',
  meetingKind: 'iep',
  scheduledPurpose: '',
  noticeSubject: '',
};

/** The extra fields each type has beyond its date (docs/case-file-contract.md), for the form to show. */
export type EventExtraField =
  'by' | 'oral' | 'evaluationKind' | 'eligibility' | 'meeting' | 'planFramework' | 'scheduled' | 'noticeSubject';

export function extraFieldsOf(type: EventType | ''): readonly EventExtraField[] {
  switch (type) {
    case 'evaluation-requested':
      return ['by', 'oral'];
    case 'due-process-filed':
      return ['by'];
    case 'evaluation-completed':
      return ['evaluationKind'];
    case 'eligibility-determined':
      return ['eligibility'];
    case 'iep-meeting-held':
      return ['meeting'];
    case 'plan-started':
    case 'plan-ended':
      return ['planFramework'];
    case 'meeting-scheduled':
      return ['scheduled'];
    case '':
    case 'referral-received':
    case 'evaluation-consent-requested':
    case 'evaluation-consent-received':
    case 'evaluation-refused':
    case 'reevaluation-waived':
    case 'iee-requested':
    case 'records-requested':
    case 'records-provided':
    case 'records-amendment-requested':
    case 'safeguards-notice-given':
    case 'majority-notice-given':
    case 'discrimination-occurred':
    case 'ocr-complaint-filed':
    case 'violation-occurred':
    case 'violation-known':
    case 'state-complaint-filed':
    case 'state-complaint-decided':
    case 'resolution-meeting-held':
    case 'hearing-decided':
    case 'civil-action-filed':
    case 'placement-change-decided':
    case 'manifestation-determination-held':
    case 'prior-written-notice-given':
      return ['noticeSubject'];
    case 'iee-funded':
    case 'referral-meeting-held':
    case 'meeting-notice-given':
    case 'draft-iep-provided':
    case 'plan-review-scheduled':
    case 'referral-documented':
    case 'consent-efforts-documented':
    case 'meeting-documents-provided':
    case 'reevaluation-consent-received':
      return [];
  }
}

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** The event as the API and the rules data read it; empty optional fields are left out. */
export function eventFromForm(values: EventFormValues): DraftEvent {
  const extras = extraFieldsOf(values.type);
  const event: Record<string, unknown> = { type: values.type, date: values.date };
  if (extras.includes('by')) event.by = values.by;
  if (extras.includes('oral') && values.isOral) event.oral = true;
  if (extras.includes('evaluationKind') && values.evaluationKind !== '') event.kind = values.evaluationKind;
  if (extras.includes('eligibility')) {
    event.framework = values.eligibilityFramework;
    event.eligible = values.isEligible === 'yes';
  }
  if (extras.includes('meeting')) {
    if (values.meetingPurpose !== '') event.purpose = values.meetingPurpose;
    event.transition = values.isTransition;
  }
  if (extras.includes('planFramework')) event.framework = values.planFramework;
  if (extras.includes('scheduled')) {
    event.meetingDate = values.meetingDate;
    if (values.meetingKind !== '') event.kind = values.meetingKind;
    if (values.meetingKind === 'iep' && values.scheduledPurpose !== '') event.purpose = values.scheduledPurpose;
  }
  if (extras.includes('noticeSubject') && values.noticeSubject !== '') event.subject = values.noticeSubject;
  return event as DraftEvent;
}

/** The same event typed for the API, which validates it against core/schemas/case-event. */
export function eventInputFromForm(values: EventFormValues): CaseEventInput {
  return eventFromForm(values) as CaseEventInput;
}

/** The form filled in with a recorded event, to correct it (the inverse of eventFromForm). */
export function formFromEvent(event: CaseEventInput): EventFormValues {
  const fields = event as Readonly<Record<string, unknown>>;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const oneOf = <T extends string>(value: unknown, options: readonly T[], otherwise: T): T =>
    options.find((option) => option === value) ?? otherwise;
  const kind = text(fields.kind);
  return {
    ...EMPTY_EVENT_FORM,
    type: event.type,
    date: event.date,
    by: oneOf(fields.by, ['parent', 'school'], EMPTY_EVENT_FORM.by),
    isOral: fields.oral === true,
    evaluationKind: oneOf(kind, ['', 'initial', 'reevaluation'], EMPTY_EVENT_FORM.evaluationKind),
    eligibilityFramework: oneOf(fields.framework, ['idea', '504'], EMPTY_EVENT_FORM.eligibilityFramework),
    isEligible: fields.eligible === false ? 'no' : 'yes',
    meetingPurpose: oneOf(
      fields.purpose,
      ['', 'initial', 'annual', 'amendment', 'reevaluation'],
      event.type === 'iep-meeting-held' ? '' : EMPTY_EVENT_FORM.meetingPurpose,
    ),
    isTransition: fields.transition === true,
    planFramework: oneOf(fields.framework, ['iep', '504'], EMPTY_EVENT_FORM.planFramework),
    meetingDate: text(fields.meetingDate),
    meetingKind: oneOf(
      kind,
      ['', 'iep', '504', 'resolution', 'hearing'],
      event.type === 'meeting-scheduled' ? '' : 'iep',
    ),
    noticeSubject: oneOf(fields.subject, ['', 'evaluation', 'iep', 'placement', 'other'], ''),
  };
}
