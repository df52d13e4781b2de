import type { Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import type { DatabaseSchema } from './schema';
import { SESSION_JOINS, SESSION_SELECT, toSessionRow, type SessionColumns, type SessionRow } from './account-queries';
import { preparedStatement, type PreparedStatement } from './prepared-statement';

/** The kinds of record a route's `:id` can name; every one of them belongs to exactly one child. */
export const RECORD_TABLES = {
  student: 'students',
  plan: 'plans',
  meeting: 'meetings',
  'case-event': 'case_events',
  communication: 'communications',
  document: 'documents',
  'school-person': 'school_people',
  letter: 'letters',
  'progress-point': 'progress_points',
  'phase-change': 'phase_changes',
  comment: 'student_comments',
  'service-log': 'service_logs',
  'access-grant': 'student_access',
  invitation: 'invitations',
} as const satisfies Record<string, keyof DatabaseSchema>;
export type RecordKind = keyof typeof RECORD_TABLES;

/** What a record's lookup selects: the child (null: no such record) and the caller's grant on it. */
interface ChildAndGrantColumns {
  readonly student_id: string | null;
  readonly role: AccessRole | null;
}

/** The column naming a record's child: the id itself for a student, else its student_id. */
function childColumn(kind: RecordKind): string {
  return kind === 'student' ? 'r.id' : 'r.student_id';
}

/** One prepared statement per record kind; built once, when this module loads. */
function perKind<Row>(name: string, text: (kind: RecordKind) => string): Record<RecordKind, PreparedStatement<Row>> {
  const kinds = Object.keys(RECORD_TABLES) as RecordKind[];
  return Object.fromEntries(
    kinds.map((kind) => [kind, preparedStatement<Row>(`${name}_${kind.replace('-', '_')}`, text(kind))]),
  ) as Record<RecordKind, PreparedStatement<Row>>;
}

const childAndGrant = perKind<ChildAndGrantColumns>(
  'record_child_and_grant',
  (kind) => `select ${childColumn(kind)} as student_id, a.role from ${RECORD_TABLES[kind]} r
    left join student_access a on a.student_id = ${childColumn(kind)} and a.user_id = ?
    where r.id = ?`,
);

const historyChildAndGrant = preparedStatement<ChildAndGrantColumns>(
  'history_child_and_grant',
  `select h.student_id, a.role from record_history h
    left join student_access a on a.student_id = h.student_id and a.user_id = ?
    where h.entity = ? and h.entity_id = ? limit 1`,
);

/**
 * The session behind a token with the child a record belongs to and that person's grant on the child, in one
 * statement: what every request on a child's record needs before anything else. No row: no such session.
 */
const sessionChildAndGrant = perKind<SessionColumns & ChildAndGrantColumns>(
  'session_child_and_grant',
  (kind) => `select ${SESSION_SELECT}, ${childColumn(kind)} as student_id, g.role
    from sessions s ${SESSION_JOINS}
    left join ${RECORD_TABLES[kind]} r on r.id = ?
    left join student_access g on g.student_id = ${childColumn(kind)} and g.user_id = u.id
    where s.token = ?`,
);

/** A deleted progress point, phase change, case event or school person is found through its history. */
function foundInHistory(kind: RecordKind): boolean {
  return kind === 'progress-point' || kind === 'phase-change' || kind === 'case-event' || kind === 'school-person';
}

/**
 * The child a record belongs to and that child's grant for `userId` (null without one), in one query; a
 * deleted progress point, phase change, case event or school person is found through its history. Null when there is no such record.
 */
export async function findRecordChildAndGrant(
  db: Kysely<DatabaseSchema>,
  kind: RecordKind,
  id: string,
  userId: string | null,
): Promise<{ studentId: string; role: AccessRole | null } | null> {
  const [row] = await childAndGrant[kind].run(db, [userId ?? '', id]);
  if (row?.student_id != null) return { studentId: row.student_id, role: row.role };
  if (!foundInHistory(kind)) return null;
  const [history] = await historyChildAndGrant.run(db, [userId ?? '', kind, id]);
  return history?.student_id == null ? null : { studentId: history.student_id, role: history.role };
}

/**
 * The session behind a token, and the child the record `id` of `kind` belongs to with the session's grant on
 * it, in one statement. Null when there is no such session; `child` null when there is no such record.
 */
export async function findSessionWithRecordChild(
  db: Kysely<DatabaseSchema>,
  token: string,
  kind: RecordKind,
  id: string,
): Promise<{ session: SessionRow; child: { studentId: string; role: AccessRole | null } | null } | null> {
  const [row] = await sessionChildAndGrant[kind].run(db, [id, token]);
  if (row === undefined) return null;
  const session = toSessionRow(row);
  if (row.student_id != null) return { session, child: { studentId: row.student_id, role: row.role } };
  if (!foundInHistory(kind)) return { session, child: null };
  return { session, child: await findRecordChildAndGrant(db, kind, id, session.userId) };
}
