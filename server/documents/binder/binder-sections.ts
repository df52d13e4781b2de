import type { BinderSection } from './binder-section';
import { communicationsSection } from './sections/communications-section';
import { deadlinesSection } from './sections/deadlines-section';
import { documentsSection } from './sections/documents-section';
import { lettersSection } from './sections/letters-section';
import { meetingsSection } from './sections/meetings-section';
import { planChangesSection } from './sections/plan-changes-section';
import { planInEffectSection } from './sections/plan-in-effect-section';
import { progressSection } from './sections/progress-section';
import { servicesSection } from './sections/services-section';

/**
 * The binder's sections in print order, after the cover and the contents. Each starts a page, is listed in
 * the contents with its page number and is a bookmark. The documents index comes last: the appended PDFs follow it.
 */
export const BINDER_SECTIONS: readonly BinderSection[] = [
  planInEffectSection,
  planChangesSection,
  deadlinesSection,
  meetingsSection,
  communicationsSection,
  lettersSection,
  progressSection,
  servicesSection,
  documentsSection,
];
