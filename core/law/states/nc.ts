import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const TRANSITION_SOURCE = 'https://sites.google.com/nhcs.net/nhcstransition/home';

/**
 * North Carolina: 90 days from the written referral to placement; transition components at 14
 * and full postsecondary goals at 16 (kind `transition-plan-full`).
 */
export const northCarolina: StateRules = {
  code: 'NC',
  deadlineRules: [
    stateRule('NC', ideaInitialEvaluation, {
      summary: {
        en: 'In North Carolina the evaluation, eligibility decision, IEP and placement must be completed within 90 days of receiving the written referral (no summer pause).',
        es: 'En Carolina del Norte la evaluación, la decisión de elegibilidad, el IEP y la ubicación deben completarse dentro de los 90 días siguientes a recibir la remisión escrita (sin pausa en verano).',
      },
      count: 90,
      basisText: '90 calendar days',
      trigger: { from: 'referral' },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'NC Policies 1503-2.2; 1503-4.4',
      sourceUrl:
        'https://edregnc.com/regulation/1282 ; https://edregnc.com/regulation/1296 ; https://specialedstartguide.com/blog/north-carolina-iep-evaluation-timeline',
      status: 'confirmed-secondary',
    }),
    stateRule('NC', ideaTransitionPlan, {
      summary: {
        en: 'In North Carolina the IEP in effect at 14 must state transition needs, preferences, interests and course of study.',
        es: 'En Carolina del Norte el IEP vigente a los 14 años debe indicar necesidades de transición, preferencias, intereses y plan de estudios.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'NC 1503-4.1(b)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
    stateRule('NC', ideaTransitionPlan, {
      kind: 'transition-plan-full',
      summary: {
        en: 'In North Carolina the IEP in effect at 16 must include measurable postsecondary goals and transition services.',
        es: 'En Carolina del Norte el IEP vigente a los 16 años debe incluir metas medibles para después de la secundaria y servicios de transición.',
      },
      citation: 'NC 1503-4.1(b)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
    stateRule('NC', ideaDueProcessWindow, {
      summary: {
        en: 'In North Carolina a due process petition must be about a violation that happened not more than one year before you knew or reasonably should have known of it (longer if the district misrepresented that it had solved the problem or withheld information it had to give you).',
        es: 'En Carolina del Norte una petición de debido proceso debe tratar de una infracción ocurrida no más de un año antes de que usted la conociera o debiera razonablemente conocerla (más si el distrito afirmó falsamente haber resuelto el problema u ocultó información que debía darle).',
      },
      count: 1,
      basisText: '1 year',
      citation: 'N.C. Gen. Stat. 115C-109.6(b)',
      sourceUrl:
        'http://ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_115C/GS_115C-109.6.html ; https://edregnc.com/regulation/1308',
      status: 'confirmed',
    }),
  ],
};
