import { EVENT_TYPES, type EventType } from '../../core/schemas/case-file';

const GROUPS: readonly { readonly id: string; readonly types: readonly EventType[] }[] = [
  {
    id: 'evaluation',
    types: [
      'evaluation-requested',
      'referral-received',
      'evaluation-consent-requested',
      'evaluation-consent-received',
      'evaluation-refused',
      'evaluation-completed',
      'reevaluation-waived',
      'iee-requested',
      'iee-funded',
      'referral-meeting-held',
      'referral-documented',
      'consent-efforts-documented',
      'prior-written-notice-given',
      'reevaluation-consent-received',
    ],
  },
  {
    id: 'plans',
    types: [
      'eligibility-determined',
      'meeting-scheduled',
      'meeting-notice-given',
      'draft-iep-provided',
      'meeting-documents-provided',
      'iep-meeting-held',
      'plan-started',
      'plan-ended',
    ],
  },
  {
    id: 'notices',
    types: [
      'safeguards-notice-given',
      'majority-notice-given',
      'records-requested',
      'records-provided',
      'records-amendment-requested',
    ],
  },
  { id: 'discipline', types: ['placement-change-decided', 'manifestation-determination-held'] },
  {
    id: 'disputes',
    types: [
      'discrimination-occurred',
      'ocr-complaint-filed',
      'violation-occurred',
      'violation-known',
      'state-complaint-filed',
      'state-complaint-decided',
      'due-process-filed',
      'resolution-meeting-held',
      'hearing-decided',
      'civil-action-filed',
    ],
  },
];

/** Events Binder makes from another record (a plan's review date), never entered on the event form. */
const FROM_OTHER_RECORDS: readonly EventType[] = ['plan-review-scheduled'];

/** Every event type in groups a parent recognises; a type added to the format later lands in "other". */
export function eventTypeGroups(): { id: string; types: readonly EventType[] }[] {
  const listed = new Set<string>([...GROUPS.flatMap((group) => group.types), ...FROM_OTHER_RECORDS]);
  const rest = EVENT_TYPES.filter((type) => !listed.has(type));
  return rest.length === 0 ? [...GROUPS] : [...GROUPS, { id: 'other', types: rest }];
}
