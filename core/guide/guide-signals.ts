import type { Cited, LocalizedText } from '../law/rule-status';
import type { GuideCondition, GuideLeaning } from './guide-condition';

/** A signal in the answers that points toward one framework (docs/legal-sources.md, "The IEP-or-504 guide"). */
export interface GuideSignal extends Cited {
  readonly id: string;
  /** `iep`: a sign of needing specially designed instruction; `504`: a sign that access is the need. */
  readonly pointsTo: 'iep' | '504';
  /** 2 for a sign that on its own is strong, 1 for one that only adds weight. */
  readonly weight: 1 | 2;
  readonly when: GuideCondition;
  readonly text: LocalizedText;
}

/** Help was tried at all (anything but "nothing yet"). */
export const SUPPORTS_WERE_TRIED: GuideCondition = {
  answer: 'supportsTried',
  in: ['classroom-accommodations', '504-plan', 'intervention', 'behavior-plan', 'outside-help'],
};

/** Help was tried and the gap did not close. */
export const GAP_PERSISTS: GuideCondition = {
  all: [SUPPORTS_WERE_TRIED, { answer: 'progressWithSupports', in: ['same-gap', 'falling-behind'] }],
};

/** The signals, in the order they are shown. */
export const GUIDE_SIGNALS: readonly GuideSignal[] = [
  {
    id: 'skill-must-be-taught',
    pointsTo: 'iep',
    weight: 2,
    when: { answer: 'needsSkillTaught', in: ['yes'] },
    text: {
      en: 'Your child needs a skill taught, not only access to lessons. Adapting what is taught, or how it is taught, is specially designed instruction: the heart of special education.',
      es: 'Su hijo o hija necesita que se le enseñe una habilidad, no solo acceso a las clases. Adaptar lo que se enseña, o cómo se enseña, es instrucción especialmente diseñada: el centro de la educación especial.',
    },
    citation: '34 CFR 300.39(b)(3)',
    status: 'confirmed',
  },
  {
    id: 'work-must-change',
    pointsTo: 'iep',
    weight: 2,
    when: { answer: 'needsChangedWork', in: ['yes'] },
    text: {
      en: 'Your child needs the work itself changed (modifications), not only a different way to take it in or answer. Changing the content of instruction is specially designed instruction.',
      es: 'Su hijo o hija necesita que se cambie el trabajo mismo (modificaciones), no solo otra manera de recibirlo o de responder. Cambiar el contenido de la enseñanza es instrucción especialmente diseñada.',
    },
    citation: '34 CFR 300.39(b)(3)',
    status: 'confirmed',
  },
  {
    id: 'gap-persists',
    pointsTo: 'iep',
    weight: 2,
    when: GAP_PERSISTS,
    text: {
      en: 'Help has been tried and the gap has not closed. Not responding enough to sound, research-based intervention is a recognized sign that a child may need special education.',
      es: 'Se ha probado ayuda y la diferencia no se ha cerrado. No responder lo suficiente a una intervención sólida y basada en la investigación es una señal reconocida de que un niño puede necesitar educación especial.',
    },
    citation: '34 CFR 300.309(a)(2)(i)',
    status: 'confirmed-secondary',
  },
  {
    id: 'specialist-instruction',
    pointsTo: 'iep',
    weight: 1,
    when: { answer: 'needsSpecialistHelp', in: ['yes'] },
    text: {
      en: 'Your child needs regular teaching or therapy from specialists. Under IDEA a child who needs only a related service, such as a therapy, may not qualify unless the state counts that service as special education; an evaluation sorts this out.',
      es: 'Su hijo o hija necesita enseñanza o terapia regular de especialistas. Según IDEA, un niño que solo necesita un servicio relacionado, como una terapia, puede no reunir los requisitos, salvo que el estado considere ese servicio como educación especial; una evaluación lo aclara.',
    },
    citation: '34 CFR 300.8(a)(2)',
    status: 'confirmed',
  },
  {
    id: 'behavior-impedes-learning',
    pointsTo: 'iep',
    weight: 1,
    when: { answer: 'behaviorGetsInWay', in: ['yes'] },
    text: {
      en: 'Behavior gets in the way of learning. For such a child, an IEP team must consider positive behavioral interventions and supports.',
      es: 'La conducta interfiere con el aprendizaje. Para un niño así, el equipo del IEP debe considerar intervenciones y apoyos conductuales positivos.',
    },
    citation: '34 CFR 300.324(a)(2)(i)',
    status: 'confirmed',
  },
  {
    id: 'learns-once-barriers-removed',
    pointsTo: '504',
    weight: 2,
    when: { answer: 'learnsWhenBarriersRemoved', in: ['yes'] },
    text: {
      en: 'Once barriers are removed, your child keeps up with grade-level work. Removing barriers is what the accommodations of a 504 plan are for.',
      es: 'Cuando se quitan los obstáculos, su hijo o hija sigue el trabajo de su grado. Quitar obstáculos es justamente la función de las adaptaciones de un plan 504.',
    },
    citation: '34 CFR 104.33(b)(1)',
    status: 'confirmed',
  },
  {
    id: 'health-needs',
    pointsTo: '504',
    weight: 1,
    when: { answer: 'needsHealthCare', in: ['yes'] },
    text: {
      en: 'Your child needs health care or safety steps at school. Conditions such as diabetes, asthma, allergies or epilepsy count even when they come and go.',
      es: 'Su hijo o hija necesita atención de salud o medidas de seguridad en la escuela. Condiciones como la diabetes, el asma, las alergias o la epilepsia cuentan aunque vayan y vengan.',
    },
    citation: '42 U.S.C. 12102(4)(D); 34 CFR 104.33(b)(1)',
    status: 'confirmed',
  },
  {
    id: 'catching-up-with-supports',
    pointsTo: '504',
    weight: 1,
    when: { all: [SUPPORTS_WERE_TRIED, { answer: 'progressWithSupports', in: ['catching-up'] }] },
    text: {
      en: 'With the help tried so far, your child is catching up. Accommodations may be enough, as long as the help continues.',
      es: 'Con la ayuda que se ha probado, su hijo o hija se está poniendo al día. Las adaptaciones pueden ser suficientes, siempre que la ayuda continúe.',
    },
    citation: '34 CFR 104.33(b)(1)',
    status: 'confirmed',
  },
];

/** A way the signals add up to a leaning; the first rule that fits wins. */
export interface LeaningRule {
  readonly leaning: GuideLeaning;
  /** Least total weight of IEP signals. */
  readonly minIep: number;
  /** Least total weight of 504 signals. */
  readonly minAccess: number;
  readonly when?: GuideCondition;
  readonly reason: Cited & { readonly text: LocalizedText };
}

const EITHER_REASON: LeaningRule['reason'] = {
  text: {
    en: 'Your answers point both ways: some needs may call for specially designed instruction, others for accommodations. An IDEA evaluation in all areas of suspected disability is how to find out; if your child is not eligible under IDEA, Section 504 must still be considered on its own.',
    es: 'Sus respuestas apuntan en las dos direcciones: algunas necesidades pueden requerir instrucción especialmente diseñada y otras, adaptaciones. Una evaluación de IDEA en todas las áreas de posible discapacidad es la forma de saberlo; si su hijo o hija no reúne los requisitos de IDEA, la Sección 504 debe considerarse por separado.',
  },
  citation: '34 CFR 300.301(b); 34 CFR 104.35(a)',
  status: 'confirmed-secondary',
};

/** The leaning rules, tried in order (docs/legal-sources.md, "The IEP-or-504 guide"; the weights are a design choice). */
export const LEANING_RULES: readonly LeaningRule[] = [
  {
    leaning: 'iep',
    minIep: 2,
    minAccess: 0,
    reason: {
      text: {
        en: 'Your answers describe needs usually met by specially designed instruction: teaching adapted in what is taught or how. That is special education, which only an IEP under IDEA provides. An evaluation decides; this guide does not.',
        es: 'Sus respuestas describen necesidades que suelen atenderse con instrucción especialmente diseñada: enseñanza adaptada en lo que se enseña o en cómo se enseña. Eso es educación especial, que solo ofrece un IEP conforme a IDEA. Lo decide una evaluación, no esta guía.',
      },
      citation: '34 CFR 300.39(b)(3); 34 CFR 300.8(a)(1)',
      status: 'confirmed',
    },
  },
  { leaning: 'either', minIep: 1, minAccess: 1, reason: EITHER_REASON },
  {
    leaning: '504',
    minIep: 0,
    minAccess: 1,
    // The 504 definition needs an impairment that limits a major life activity; a clear "no" to either rules it out here.
    when: {
      all: [{ not: { answer: 'hasCondition', in: ['no'] } }, { not: { answer: 'limitsDailyActivity', in: ['no'] } }],
    },
    reason: {
      text: {
        en: 'Your answers describe a condition that limits an everyday activity, in a child who keeps up once barriers are removed. That fits the Section 504 definition, and a 504 plan of accommodations and services may be enough. If signs appear that your child needs skills taught differently, ask for an IDEA evaluation.',
        es: 'Sus respuestas describen una condición que limita una actividad diaria, en un niño que sigue el ritmo cuando se quitan los obstáculos. Eso coincide con la definición de la Sección 504, y un plan 504 de adaptaciones y servicios puede ser suficiente. Si aparecen señales de que su hijo o hija necesita que se le enseñen habilidades de otra manera, pida una evaluación de IDEA.',
      },
      citation: '34 CFR 104.3(j)(1); 34 CFR 104.33(b)(1)',
      status: 'confirmed',
    },
  },
  { leaning: 'either', minIep: 1, minAccess: 0, reason: EITHER_REASON },
];

/** Why the guide cannot point either way yet. */
export const NEED_MORE_INFORMATION_REASON: LeaningRule['reason'] = {
  text: {
    en: 'There is not enough yet to point either way, which is common early on. Gather what you see and what the school has tried. You can ask for an evaluation whenever you suspect a disability.',
    es: 'Todavía no hay suficiente información para inclinarse por una opción, algo común al principio. Reúna lo que usted observa y lo que la escuela ha probado. Puede pedir una evaluación en cuanto sospeche una discapacidad.',
  },
  citation: '34 CFR 300.301(b)',
  status: 'confirmed',
};
