import type { Generated } from 'kysely';
import type { Language } from '../../core/progress/format-words';
import type { MissedReason } from '../../core/schemas/service-log';

/**
 * The tables as Kysely sees them. Ids and timestamps are made in application code (docs/architecture.md, Storage) so both
 * dialects store the same values; dates without a time are `YYYY-MM-DD` text; JSON is stored as text.
 */
export interface DatabaseSchema {
  families: FamilyTable;
  students: StudentTable;
  plans: PlanTable;
  case_events: CaseEventTable;
  plan_versions: PlanVersionTable;
  meetings: MeetingTable;
  communications: CommunicationTable;
  documents: DocumentTable;
  school_people: SchoolPersonTable;
  record_history: RecordHistoryTable;
  letters: LetterTable;
  guide_answers: GuideAnswersTable;
  progress_points: ProgressPointTable;
  phase_changes: PhaseChangeTable;
  derived_deadlines: DerivedDeadlineTable;
  deadline_computations: DeadlineComputationTable;
  users: UserTable;
  sessions: SessionTable;
  accounts: AccountTable;
  verifications: VerificationTable;
  administrators: AdministratorTable;
  student_access: StudentAccessTable;
  invitations: InvitationTable;
  calendar_feeds: CalendarFeedTable;
  sign_in_failures: SignInFailureTable;
  student_comments: StudentCommentTable;
  service_logs: ServiceLogTable;
  student_calendars: StudentCalendarTable;
  audit_entries: AuditEntryTable;
  audit_head: AuditHeadTable;
  mail_messages: MailMessageTable;
  reminder_settings: ReminderSettingsTable;
}

export interface FamilyTable {
  id: string;
  name: string;
  is_demo: Generated<number>;
  created_at: string;
}

export interface StudentTable {
  id: string;
  family_id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  /** `US` or a two-letter state code: whose rules apply. */
  jurisdiction: string;
  school: string | null;
  district: string | null;
  grade: string | null;
  /** JSON array of language tags spoken at home, e.g. ["es","en"]. */
  home_languages: string;
  /** JSON array of contacts (core/schemas/student.ts). */
  contacts: Generated<string>;
  /** JSON array of `{ grade, date }`: the first day of each dated school grade (core/schemas/grade-start.ts). */
  grade_starts: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface PlanTable {
  id: string;
  student_id: string;
  framework: 'iep' | '504';
  /** First day in effect; null while the plan is a draft. */
  effective_from: string | null;
  /** First day no longer in effect (exclusive), or null while it lasts. */
  effective_to: string | null;
  created_at: string;
}

export interface CaseEventTable {
  id: string;
  student_id: string;
  type: string;
  date: string;
  /** The event's fields beyond type and date, as JSON (see docs/case-file-contract.md). */
  details: string;
  /** What created the event (`meeting:<id>`, `plan-version:<id>`, `letter:<kind>`), or null when entered by hand. */
  source: string | null;
  created_at: string;
}

export interface PlanVersionTable {
  id: string;
  plan_id: string;
  number: number;
  status: 'draft' | 'final';
  reason: string;
  /** The plan's contents as JSON (core/schemas/iep.ts or plan-504.ts). */
  content: string;
  effective_from: string | null;
  meeting_id: string | null;
  created_at: string;
  updated_at: string;
  finalized_at: string | null;
}

export interface MeetingTable {
  id: string;
  student_id: string;
  date: string;
  framework: 'iep' | '504';
  purpose: string;
  /** `scheduled`, `held` or `cancelled` (meetings recorded before 20261207020000 are `held`). */
  status: Generated<'scheduled' | 'held' | 'cancelled'>;
  /** Time, place, invitees, preparation, attendees, concerns, decisions, action items, notes and refusals as JSON (core/schemas/meeting.ts). */
  details: string;
  created_at: string;
  updated_at: string;
}

/** A child's directory of the school's people: role, and the rest as JSON (core/schemas/school-people.ts). */
export interface SchoolPersonTable {
  id: string;
  student_id: string;
  role: string;
  details: string;
  created_at: string;
  updated_at: string;
}

export interface CommunicationTable {
  id: string;
  student_id: string;
  date: string;
  /** Channel, direction, counterpart, subject and summary as JSON (core/schemas/communication.ts). */
  details: string;
  created_at: string;
  updated_at: string;
}

/** A document the family keeps: its bytes are stored by `sha256` (server/storage/), not in the database. */
export interface DocumentTable {
  id: string;
  student_id: string;
  kind: string;
  date: string;
  title: string;
  /** The uploaded name, made safe (no folders, no control characters). */
  file_name: string;
  /** Sniffed from the bytes (core/schemas/document.ts). */
  media_type: string;
  size: number;
  sha256: string;
  /** JSON array of `{ kind, id }`: the events, meetings, letters and communications it belongs to. */
  links: Generated<string>;
  text_status: 'pending' | 'done' | 'not-searchable';
  text_note: string | null;
  /** The words extracted from the file (null until extracted, or when there are none). */
  text: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per write of a student's record: what it became. Append-only. */
export interface RecordHistoryTable {
  id: string;
  entity: string;
  entity_id: string;
  student_id: string;
  action: 'create' | 'update' | 'delete';
  data: string;
  at: string;
}

export interface LetterTable {
  id: string;
  student_id: string;
  kind: string;
  date: string;
  /** The letter as sent (core/schemas/letter-content.ts), JSON. */
  content: string;
  event_id: string | null;
  created_at: string;
}

export interface GuideAnswersTable {
  id: string;
  student_id: string;
  /** The decision guide's answers (core/schemas/guide.ts), JSON. */
  answers: string;
  created_at: string;
}

/** One dated score of an IEP goal; `goal_id` is the goal's stable id inside the plan's content. */
export interface ProgressPointTable {
  id: string;
  student_id: string;
  plan_id: string;
  goal_id: string;
  date: string;
  value: number;
  note: string | null;
  measured_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A date instruction changed for one goal: only later scores count toward the trend. */
export interface PhaseChangeTable {
  id: string;
  student_id: string;
  plan_id: string;
  goal_id: string;
  date: string;
  label: string;
  created_at: string;
}

/** One deadline computed by core/timeline for a student, as of the child's `deadline_computations` day. */
export interface DerivedDeadlineTable {
  id: string;
  student_id: string;
  school: string | null;
  kind: string;
  rule: string;
  due: string | null;
  trigger_type: string;
  trigger_date: string;
  completed_on: string | null;
  citation: string;
  is_window: number;
}

/**
 * The day a child's stored deadlines were last computed (written, or found unchanged): one row per child, also
 * for a child with no deadlines (docs/decisions/0058). The nightly refresh recomputes children computed before today.
 */
export interface DeadlineComputationTable {
  student_id: string;
  computed_on: string;
}

/** better-auth's tables (server/auth/auth.ts). Timestamps are Date on PostgreSQL, ISO text on SQLite. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  email_verified: boolean | number;
  image: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  /** The reading language the person chose (`Language`), or null while they have chosen none. */
  reading_language: string | null;
}

export interface SessionTable {
  id: string;
  expires_at: Date | string;
  token: string;
  created_at: Date | string;
  updated_at: Date | string;
  ip_address: string | null;
  user_agent: string | null;
  user_id: string;
}

export interface AccountTable {
  id: string;
  account_id: string;
  provider_id: string;
  user_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Date | string | null;
  refresh_token_expires_at: Date | string | null;
  scope: string | null;
  password: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface VerificationTable {
  id: string;
  identifier: string;
  value: string;
  expires_at: Date | string;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Accounts that may manage the deployment (created by `binder admin create`); no access to records by itself. */
export interface AdministratorTable {
  user_id: string;
  created_at: string;
}

/** Who may see a child's record and as what (core/policies/access-policy.ts). */
export interface StudentAccessTable {
  id: string;
  student_id: string;
  user_id: string;
  role: 'owner' | 'co-parent' | 'advocate' | 'school-staff';
  granted_by: string | null;
  created_at: string;
}

/** A single-use invitation link; only the SHA-256 of its token is stored. */
export interface InvitationTable {
  id: string;
  student_id: string;
  role: 'co-parent' | 'advocate' | 'school-staff';
  token_hash: string;
  note: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
  revoked_at: string | null;
}

/**
 * A private calendar feed link (docs/decisions/0039): for every child the person may see (student_id null) or
 * for one child. Only the SHA-256 of its token is stored.
 */
export interface CalendarFeedTable {
  id: string;
  user_id: string;
  student_id: string | null;
  token_hash: string;
  language: Language;
  created_at: string;
  revoked_at: string | null;
}

/** Failed sign-ins per e-mail and address, for growing delays (server/auth/sign-in-throttle.ts). */
export interface SignInFailureTable {
  key: string;
  failures: number;
  last_failure_at: string;
  blocked_until: string;
}

/** One audited access to a student's record (server/audit). Append-only: triggers refuse UPDATE and DELETE. */
export interface AuditEntryTable {
  /** bigint: PostgreSQL hands it back as a string. */
  seq: number | string;
  at: string;
  actor_user_id: string | null;
  actor_email: string | null;
  actor_role: string;
  student_id: string | null;
  entity: string;
  entity_id: string | null;
  action: string;
  route: string;
  outcome: string;
  /** How many refusals from one source the entry stands for (docs/decisions/0013); 1 for every other entry. */
  count: Generated<number>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  last_seq: number | string;
  last_hash: string;
}

/** A comment on a child's record by the family or their advocate. */
export interface StudentCommentTable {
  id: string;
  student_id: string;
  author_user_id: string | null;
  author_name: string;
  body: string;
  created_at: string;
}

/** One session of a plan's service as delivered or missed (the minutes the plan promised, in practice). */
export interface ServiceLogTable {
  id: string;
  student_id: string;
  service: string;
  date: string;
  minutes: number;
  status: 'delivered' | 'missed';
  /** Why a missed session did not happen (core/schemas/service-log.ts MISSED_REASONS); null when not given. */
  reason: MissedReason | null;
  /** 1 when a delivered session made up for missed minutes (docs/decisions/0033). */
  make_up: Generated<number>;
  note: string | null;
  entered_by_user_id: string | null;
  entered_by_name: string;
  created_at: string;
}

/** A child's school calendar as the case file gives it (docs/case-file-contract.md `calendar`), stored as JSON text. */
export interface StudentCalendarTable {
  id: string;
  student_id: string;
  calendar: string;
  updated_at: string;
}

/** One outgoing message and its send record (docs/decisions/0040); the body is emptied once it is sent. */
export interface MailMessageTable {
  id: string;
  /** What the message is, e.g. `reminder:<user>:<deadline>:week-before`: unique, so it is queued at most once. */
  send_key: string;
  user_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  /** JSON object of extra headers (List-Unsubscribe). */
  headers: Generated<string>;
  status: 'queued' | 'sending' | 'sent';
  attempts: Generated<number>;
  /** ISO instant: not tried again before it. */
  next_attempt_at: string;
  /** ISO instant until which one server owns a `sending` message; after it, another may take it over. */
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A person's reminder choices; absent means no reminders (opt-in). */
export interface ReminderSettingsTable {
  user_id: string;
  deadline_reminders: number;
  weekly_digest: number;
  language: Language;
  updated_at: string;
}
