import type { Plan, PlanVersion } from '../../core/schemas/plan';
import type { Framework } from '../../core/schemas/student';

/** The latest final version of a plan (the one in effect once its date has come), if any. */
export function latestFinalVersion(plan: Plan): PlanVersion | undefined {
  return plan.versions.filter((version) => version.status === 'final').at(-1);
}

/** The plan's open draft, if any (the API allows one at a time). */
export function draftVersion(plan: Plan): PlanVersion | undefined {
  return plan.versions.find((version) => version.status === 'draft');
}

/** The newest plan of a framework. */
export function latestPlanOf(plans: readonly Plan[], framework: Framework): Plan | undefined {
  return plans.filter((plan) => plan.framework === framework).at(-1);
}

/**
 * The version to show for a framework on the goals and services tabs: the latest final version, or else
 * the draft (the page says it is a draft).
 */
export function versionToShow(plans: readonly Plan[], framework: Framework): PlanVersion | undefined {
  const plan = latestPlanOf(plans, framework);
  if (plan === undefined) return undefined;
  return latestFinalVersion(plan) ?? draftVersion(plan);
}
