import type { AuditRow } from '../db/audit-chain-sql.mjs';
import type { AuditFacts } from './audit-entry';

export declare function auditHash(prevHash: string, seq: number, facts: AuditFacts): string;
export declare function chainRows(
  lastSeq: number,
  headHash: string,
  entries: readonly AuditFacts[],
): { rows: AuditRow[]; lastHash: string };
