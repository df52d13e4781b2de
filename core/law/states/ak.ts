import { stateRule } from '../define-rule';
import { IEP_IMPLEMENTED, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaDueProcessWindow, ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import type { StateRules } from '../state-rules';

const STATUTES = 'http://www.touchngo.com/lglcntr/akstats/statutes/title14/chapter30';

/**
 * Alaska. The evaluation clock is unresolved: a secondary source gives 90 calendar days from consent
 * to services under 4 AAC 52.115 (a section whose text was not read); another, unreliable source
 * gives 60 days under a section that does not appear to exist. The 90-day reading is encoded as
 * `unconfirmed`, with the other in its summary. A parent has 12 months from the district's written
 * notice of a decision to ask for a hearing (AS 14.30.193(a), read).
 */
export const alaska: StateRules = {
  code: 'AK',
  deadlineRules: [
    stateRule('AK', ideaInitialEvaluation, {
      summary: {
        en: 'In Alaska, as reported, the evaluation, the eligibility meeting, the IEP and the start of services must all happen within 90 calendar days of your written consent. The regulation text was not checked, and one source says 60 days: treat the earlier date as the safe one.',
        es: 'En Alaska, según se informa, la evaluación, la reunión de elegibilidad, el IEP y el inicio de los servicios deben ocurrir dentro de los 90 días calendario siguientes a su consentimiento escrito. No se verificó el texto del reglamento y una fuente dice 60 días: considere la fecha más temprana como la segura.',
      },
      count: 90,
      basisText: '90 calendar days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: '4 AAC 52.115 (text not read)',
      sourceUrl: 'https://specialedstartguide.com/blog/alaska-special-education-evaluation-timeline',
      status: 'unconfirmed',
    }),
    stateRule('AK', ideaInitialIepMeeting, {
      summary: {
        en: 'In Alaska the IEP must be developed within 30 days after your child is found eligible.',
        es: 'En Alaska el IEP debe elaborarse dentro de los 30 días siguientes a que su hijo(a) sea declarado(a) elegible.',
      },
      citation: 'AS 14.30.278',
      sourceUrl: `${STATUTES}/section278.htm ; https://specialedstartguide.com/blog/alaska-special-education-evaluation-timeline`,
      status: 'confirmed-secondary',
    }),
    stateRule('AK', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Alaska rights transfer to the student at 18; the student is told at 17 which rights will transfer.',
        es: 'En Alaska los derechos pasan al estudiante a los 18 años; a los 17 se le informa qué derechos pasarán a él o ella.',
      },
      citation: 'AS 14.30.191',
      sourceUrl: `${STATUTES}/section191.htm`,
      status: 'confirmed-secondary',
    }),
    stateRule('AK', ideaDueProcessWindow, {
      summary: {
        en: 'In Alaska a parent must ask for a due process hearing within 12 months after the district gives written notice of the decision being challenged. Binder counts from the date you enter as when you knew of the problem: enter the date of the district’s written notice.',
        es: 'En Alaska los padres deben pedir una audiencia de debido proceso dentro de los 12 meses siguientes a que el distrito dé aviso por escrito de la decisión que se impugna. Binder cuenta desde la fecha que usted indica como aquella en que supo del problema: indique la fecha del aviso escrito del distrito.',
      },
      count: 1,
      basisText: '12 months (1 year)',
      citation: 'AS 14.30.193(a)',
      sourceUrl: `${STATUTES}/section193.htm`,
      status: 'confirmed',
    }),
  ],
};
