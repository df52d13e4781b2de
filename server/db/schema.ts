import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Ids and timestamps are made in application code (style.md §2) so both
 * dialects store the same values; dates without a time are `YYYY-MM-DD` text; JSON is stored as text.
 */
export interface DatabaseSchema {
  families: FamilyTable;
  students: StudentTable;
  plans: PlanTable;
  case_events: CaseEventTable;
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
  /** The event's fields beyond type and date, as JSON (see spec/case-file.md). */
  details: string;
  created_at: string;
}
