import type { TestUser } from './test-users';

/** An IEP service as the plan routes take it. */
export interface ServiceFields {
  readonly id: string;
  readonly name: string;
  readonly minutesPerSession: number;
  readonly sessionsPerPeriod: number;
  readonly period: 'day' | 'week' | 'month' | 'year';
  readonly startDate?: string;
}

async function ok<T>(response: Promise<{ statusCode: number; body: string }>): Promise<T> {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`${String(answer.statusCode)}: ${answer.body}`);
  return JSON.parse(answer.body) as T;
}

/**
 * Drafts and finalizes an IEP with these services through the API, in effect from `effectiveFrom`; each amendment
 * then becomes a new final version with its own services from its own day. Answers the plan's id.
 */
export async function iepWithServices(
  user: TestUser,
  studentId: string,
  effectiveFrom: string,
  services: readonly ServiceFields[],
  amendments: readonly { readonly effectiveFrom: string; readonly services: readonly ServiceFields[] }[] = [],
): Promise<string> {
  const plan = await ok<{ id: string; versions: { id: string }[] }>(
    user.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/plans`,
      payload: { framework: 'iep', content: { services } },
    }),
  );
  const finalize = (versionId: string, day: string) =>
    ok(
      user.inject({
        method: 'POST',
        url: `/api/v1/plans/${plan.id}/versions/${versionId}/finalize`,
        payload: { effectiveFrom: day },
      }),
    );
  await finalize(plan.versions[0]?.id ?? '', effectiveFrom);
  for (const amendment of amendments) {
    const amended = await ok<{ versions: { id: string; status: string }[] }>(
      user.inject({ method: 'POST', url: `/api/v1/plans/${plan.id}/amend`, payload: {} }),
    );
    const draft = amended.versions.find((v) => v.status === 'draft')?.id ?? '';
    await ok(
      user.inject({
        method: 'PUT',
        url: `/api/v1/plans/${plan.id}/versions/${draft}/content`,
        payload: { content: { services: amendment.services } },
      }),
    );
    await finalize(draft, amendment.effectiveFrom);
  }
  return plan.id;
}
