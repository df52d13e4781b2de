import type { TeamRole } from '../../core/schemas/case-file';
import type { Attendee, MeetingInput, MeetingPurpose } from '../../core/schemas/meeting';
import { TEAM_MEMBERS } from '../../core/case/team-checklist';
import { randomId } from './random-id';

/** How a team member took part: came, excused, did not come, or a row that does not apply. */
export type MemberStatus = 'attended' | 'excused' | 'absent' | 'covered' | 'not-invited';

/** One row of the attendance checklist as the form holds it. */
export interface MemberValues {
  readonly key: string;
  readonly role: TeamRole;
  readonly name: string;
  readonly status: MemberStatus;
  readonly parentAgreedInWriting: boolean;
  readonly areaDiscussed: boolean;
  readonly writtenInputProvided: boolean;
}

export interface MeetingFormValues {
  readonly date: string;
  readonly framework: 'iep' | '504';
  readonly purpose: MeetingPurpose;
  readonly members: readonly MemberValues[];
  readonly isTransitionDiscussed: boolean;
  readonly parentConcerns: string;
  readonly decisions: string;
}

export function newMember(role: TeamRole, status: MemberStatus): MemberValues {
  return {
    key: randomId(),
    role,
    name: '',
    status,
    parentAgreedInWriting: false,
    areaDiscussed: false,
    writtenInputProvided: false,
  };
}

const DEFAULT_STATUS: Readonly<Partial<Record<TeamRole, MemberStatus>>> = {
  'evaluation-interpreter': 'covered',
  student: 'not-invited',
};

export function emptyMeetingForm(framework: 'iep' | '504'): MeetingFormValues {
  return {
    date: '',
    framework,
    purpose: 'initial',
    members: TEAM_MEMBERS.map(({ role }) => newMember(role, DEFAULT_STATUS[role] ?? 'attended')),
    isTransitionDiscussed: false,
    parentConcerns: '',
    decisions: '',
  };
}

/** The attendees the API records: rows that do not apply (covered, not invited) are left out. */
export function attendeesFromForm(members: readonly MemberValues[]): Attendee[] {
  return members.flatMap((member): Attendee[] => {
    const base = { name: member.name, role: member.role };
    switch (member.status) {
      case 'attended':
        return [{ ...base, attended: true, excusal: null }];
      case 'absent':
        return [{ ...base, attended: false, excusal: null }];
      case 'excused':
        return [
          {
            ...base,
            attended: false,
            excusal: {
              parentAgreedInWriting: member.parentAgreedInWriting,
              areaDiscussed: member.areaDiscussed,
              writtenInputProvided: member.writtenInputProvided,
            },
          },
        ];
      case 'covered':
      case 'not-invited':
        return [];
    }
  });
}

export function meetingInputFromForm(values: MeetingFormValues): MeetingInput {
  return {
    date: values.date,
    framework: values.framework,
    purpose: values.purpose,
    attendees: attendeesFromForm(values.members),
    isTransitionDiscussed: values.isTransitionDiscussed,
    parentConcerns: values.parentConcerns,
    decisions: values.decisions,
    followUps: [],
  };
}
