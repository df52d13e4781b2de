import type { AuditEntryTable } from './schema';

export declare const AUDIT_ROWS_PER_INSERT: number;
export declare const ADVANCE_AUDIT_HEAD_SQL: string;
export declare const SET_AUDIT_HEAD_HASH_SQL: string;
export declare const AUDIT_ENTRY_COLUMNS: readonly (keyof AuditEntryTable & keyof AuditRow)[];
export declare function insertAuditRowsSql(rows: number): string;
export declare function insertAuditRowsParameters(rows: readonly AuditRow[]): unknown[];

/** An entry as stored, ready to insert. */
export interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly actor_user_id: string | null;
  readonly actor_email: string | null;
  readonly actor_role: string;
  readonly student_id: string | null;
  readonly entity: string;
  readonly entity_id: string | null;
  readonly action: string;
  readonly route: string;
  readonly outcome: string;
  readonly count: number;
  readonly prev_hash: string;
  readonly hash: string;
}
