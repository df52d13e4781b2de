import { planInEffect } from '../../core/case/plan-in-effect';
import type { FamilySummary } from '../../core/schemas/student';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { listFamilies } from '../db/family-queries';

/** The families of the children this person can see, with each child's plan in effect today. */
export async function listFamilySummaries(
  database: Database,
  clock: Clock,
  viewerUserId: string,
): Promise<FamilySummary[]> {
  const today = clock.today();
  const families = await listFamilies(database.db, viewerUserId);
  return families.map((family) => ({
    id: family.id,
    name: family.name,
    isDemo: family.isDemo,
    students: family.students.map(({ plans, ...student }) => ({
      ...student,
      planInEffect: planInEffect(plans, today),
    })),
  }));
}
