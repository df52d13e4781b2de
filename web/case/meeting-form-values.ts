import type { TeamRole } from '../../core/schemas/case-file';
import type {
  Attendee,
  Invitee,
  Meeting,
  MeetingInput,
  MeetingPurpose,
  MeetingStatus,
} from '../../core/schemas/meeting';
import { TEAM_MEMBERS } from '../../core/case/team-checklist';
import { randomId } from './random-id';

/** How a team member took part: came, excused, did not come, a row that does not apply, or not marked yet (''). */
export type MemberStatus = 'attended' | 'excused' | 'absent' | 'covered' | 'not-invited' | '';

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

/** One action item as typed: who does what by when. */
export interface FollowUpValues {
  readonly key: string;
  readonly text: string;
  readonly owner: string;
  readonly due: string;
}

/** What happened at a held meeting: attendance, concerns, decisions, notes, action items and refusals. */
export interface MeetingFormValues {
  readonly date: string;
  readonly framework: 'iep' | '504';
  readonly purpose: MeetingPurpose;
  readonly members: readonly MemberValues[];
  readonly isTransitionDiscussed: boolean;
  readonly parentConcerns: string;
  readonly decisions: string;
  readonly notes: string;
  readonly followUps: readonly FollowUpValues[];
  /** One refusal a line. */
  readonly refusals: string;
}

/** Setting up a meeting: when, where, what for, who is invited, and when the parent was told. */
export interface ScheduleFormValues {
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly isRemote: boolean;
  readonly framework: 'iep' | '504';
  readonly purpose: MeetingPurpose;
  readonly noticeDate: string;
  readonly invited: readonly { readonly key: string; readonly role: TeamRole; readonly name: string }[];
}

/** The parent's preparation: each list as one item a line, and the suggested questions chosen by id. */
export interface PrepFormValues {
  readonly agenda: string;
  readonly parentConcerns: string;
  readonly chosenQuestions: readonly string[];
  readonly ownQuestions: string;
  readonly documentsToBring: string;
}

export function newMember(role: TeamRole, status: MemberStatus, name = ''): MemberValues {
  return {
    key: randomId(),
    role,
    name,
    status,
    parentAgreedInWriting: false,
    areaDiscussed: false,
    writtenInputProvided: false,
  };
}

export function newFollowUp(): FollowUpValues {
  return { key: randomId(), text: '', owner: '', due: '' };
}

/** A list typed one item a line, trimmed, empty lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The attendance form of a meeting: every required member and every invitee, each NOT marked yet — who came
 * is recorded, never assumed (the interpreter's row starts as covered by another member, the student's as
 * not invited, as those rows may not apply).
 */
export function emptyMeetingForm(framework: 'iep' | '504', invited: readonly Invitee[] = []): MeetingFormValues {
  const rows: MemberValues[] = TEAM_MEMBERS.map(({ role }) => {
    const invitee = invited.find((person) => person.role === role);
    const status: MemberStatus =
      invitee !== undefined
        ? ''
        : role === 'evaluation-interpreter'
          ? 'covered'
          : role === 'student'
            ? 'not-invited'
            : '';
    return newMember(role, status, invitee?.name ?? '');
  });
  const extra = invited.filter(
    (person, index) => person.role === 'other' || invited.findIndex((p) => p.role === person.role) !== index,
  );
  return {
    date: '',
    framework,
    purpose: 'initial',
    members: [...rows, ...extra.map((person) => newMember(person.role, '', person.name))],
    isTransitionDiscussed: false,
    parentConcerns: '',
    decisions: '',
    notes: '',
    followUps: [],
    refusals: '',
  };
}

/** The attendance form for recording a scheduled meeting as held: its date, kind and invitees, nobody marked. */
export function heldFormFor(meeting: Meeting): MeetingFormValues {
  return {
    ...emptyMeetingForm(meeting.framework, meeting.invited),
    date: meeting.date,
    purpose: meeting.purpose,
    isTransitionDiscussed: meeting.isTransitionDiscussed,
    parentConcerns: meeting.parentConcerns,
    decisions: meeting.decisions,
    notes: meeting.notes,
    followUps: meeting.followUps.map((f) => ({ key: randomId(), text: f.text, owner: f.owner, due: f.due ?? '' })),
    refusals: meeting.refusals.join('\n'),
  };
}

/** Members not marked yet (attended, excused or absent): the team cannot be judged until each is. */
export function unmarkedMembers(members: readonly MemberValues[]): MemberValues[] {
  return members.filter((member) => member.status === '');
}

/** The attendees the API records: rows that do not apply (covered, not invited) or are not marked are left out. */
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
      case '':
        return [];
    }
  });
}

/** A stored meeting as the body that saves it again (for moving it along its life). */
export function inputOfMeeting(meeting: Meeting): MeetingInput {
  const { id: _id, studentId: _studentId, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = meeting;
  return input;
}

const EMPTY_INPUT: Omit<MeetingInput, 'date' | 'framework' | 'purpose'> = {
  status: 'held',
  time: null,
  place: '',
  isRemote: false,
  noticeDate: null,
  invited: [],
  cancelReason: '',
  prep: { agenda: [], questions: [], documentsToBring: [] },
  attendees: [],
  isTransitionDiscussed: false,
  parentConcerns: '',
  decisions: '',
  followUps: [],
  notes: '',
  refusals: [],
};

/** What happened, on top of what the meeting already holds (its time, place, invitees, preparation). */
export function meetingInputFromForm(values: MeetingFormValues, base: Meeting | null = null): MeetingInput {
  return {
    ...(base === null ? EMPTY_INPUT : inputOfMeeting(base)),
    status: 'held',
    date: values.date,
    framework: values.framework,
    purpose: values.purpose,
    attendees: attendeesFromForm(values.members),
    isTransitionDiscussed: values.isTransitionDiscussed,
    parentConcerns: values.parentConcerns,
    decisions: values.decisions,
    notes: values.notes,
    followUps: values.followUps
      .filter((f) => f.text.trim() !== '' || f.owner.trim() !== '' || f.due !== '')
      .map((f) => ({ text: f.text, owner: f.owner, due: f.due === '' ? null : f.due, isDone: false })),
    refusals: linesOf(values.refusals),
  };
}

export function emptyScheduleForm(framework: 'iep' | '504', today: string): ScheduleFormValues {
  return {
    date: '',
    time: '',
    place: '',
    isRemote: false,
    framework,
    purpose: 'annual',
    noticeDate: today,
    invited: TEAM_MEMBERS.filter(({ role }) => role !== 'evaluation-interpreter' && role !== 'student').map(
      ({ role }) => ({ key: randomId(), role, name: '' }),
    ),
  };
}

/** A new scheduled meeting (or a moved one, on top of `base`). */
export function scheduleInputFromForm(values: ScheduleFormValues, base: Meeting | null = null): MeetingInput {
  return {
    ...(base === null ? EMPTY_INPUT : inputOfMeeting(base)),
    status: 'scheduled' satisfies MeetingStatus,
    date: values.date,
    time: values.time === '' ? null : values.time,
    place: values.place,
    isRemote: values.isRemote,
    framework: values.framework,
    purpose: values.purpose,
    noticeDate: values.noticeDate === '' ? null : values.noticeDate,
    invited: values.invited.map(({ role, name }) => ({ role, name })),
  };
}

export function prepFormFor(meeting: Meeting): PrepFormValues {
  return {
    agenda: meeting.prep.agenda.join('\n'),
    parentConcerns: meeting.parentConcerns,
    chosenQuestions: [],
    ownQuestions: meeting.prep.questions.join('\n'),
    documentsToBring: meeting.prep.documentsToBring.join('\n'),
  };
}

/** The preparation saved on the meeting: the chosen suggestions (in the page's language) first, then the parent's own. */
export function prepInputFromForm(values: PrepFormValues, chosenTexts: readonly string[], base: Meeting): MeetingInput {
  const own = linesOf(values.ownQuestions);
  return {
    ...inputOfMeeting(base),
    parentConcerns: values.parentConcerns,
    prep: {
      agenda: linesOf(values.agenda),
      questions: [...chosenTexts.filter((text) => !own.includes(text)), ...own],
      documentsToBring: linesOf(values.documentsToBring),
    },
  };
}
