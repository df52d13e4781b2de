import type { Cited, LocalizedText } from '../law/rule-status';
import type { SchoolSaid } from '../schemas/guide';
import type { GuideCondition } from './guide-condition';

/**
 * An explanation shown with the leaning when its condition holds. Its text may use fact placeholders;
 * the facts' citations then join `sources`.
 */
export interface GuideExplanation {
  readonly id: string;
  readonly when: GuideCondition | null;
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
}

/** General explanations, after the leaning's own reason (docs/legal-sources.md, "The IEP-or-504 guide"; New Hampshire under "State law"). */
export const GUIDE_EXPLANATIONS: readonly GuideExplanation[] = [
  {
    id: 'idea-two-prongs',
    when: null,
    text: {
      en: 'IDEA: a child qualifies when both are true: (1) an evaluation finds one of the 13 disability categories, and (2) because of it, the child needs special education.',
      es: 'IDEA: un niño reúne los requisitos cuando se cumplen las dos condiciones: (1) una evaluación determina que tiene una de las 13 categorías de discapacidad, y (2) por esa razón necesita educación especial.',
    },
    sources: [{ citation: '34 CFR 300.8(a)(1)', status: 'confirmed' }],
  },
  {
    id: '504-definition',
    when: null,
    text: {
      en: 'Section 504: a child qualifies with a physical or mental impairment that substantially limits a major life activity, such as learning, reading, concentrating or breathing. Medicine and other supports are set aside when judging this.',
      es: 'Sección 504: un niño reúne los requisitos si tiene un impedimento físico o mental que limita sustancialmente una actividad principal de la vida, como aprender, leer, concentrarse o respirar. Para juzgarlo no se toman en cuenta los medicamentos ni otros apoyos.',
    },
    sources: [{ citation: '34 CFR 104.3(j)(1); 42 U.S.C. 12102(4)(E)', status: 'confirmed' }],
  },
  {
    id: 'mitigating-measures',
    when: {
      all: [
        { answer: 'hasCondition', in: ['yes'] },
        { answer: 'limitsDailyActivity', in: ['no'] },
      ],
    },
    text: {
      en: 'You said the condition does not limit everyday activities. Under Section 504 that is judged without medicine, devices or learned ways of coping: if treatment is what makes things look fine, the answer may be yes.',
      es: 'Usted indicó que la condición no limita las actividades diarias. Según la Sección 504, eso se juzga sin medicamentos, aparatos ni estrategias aprendidas: si es el tratamiento lo que hace que todo parezca bien, la respuesta puede ser sí.',
    },
    sources: [{ citation: '42 U.S.C. 12102(4)(E)', status: 'confirmed' }],
  },
  {
    id: 'no-diagnosis-needed',
    when: { all: [{ answer: 'hasCondition', in: ['no', 'unsure'] }, { leaning: ['iep', 'either'] }] },
    text: {
      en: 'You do not need a diagnosis first: a child suspected of having a disability can be evaluated, and the evaluation is how a disability is identified.',
      es: 'No necesita un diagnóstico primero: se puede evaluar a un niño del que se sospecha una discapacidad, y la evaluación es la forma de identificarla.',
    },
    sources: [
      { citation: '34 CFR 300.301(b)', status: 'confirmed' },
      { citation: '34 CFR 300.111(c)(1)', status: 'confirmed-secondary' },
    ],
  },
  {
    id: 'one-plan-position',
    when: { all: [{ hasOnePlanPosition: true }, { leaning: ['iep', 'either'] }] },
    // The text and its source come entirely from the state's facts.
    text: { en: '{onePlanPosition}', es: '{onePlanPosition}' },
    sources: [],
  },
];

/** A plain-language answer to something schools often say. Text may use fact placeholders. */
export interface GuideMythAnswer {
  readonly id: Exclude<SchoolSaid, 'nothing-yet'>;
  readonly answer: LocalizedText;
  readonly sources: readonly Cited[];
}

/** Answers to what the school said, in the order shown (docs/legal-sources.md, "The IEP-or-504 guide"). */
export const GUIDE_MYTHS: readonly GuideMythAnswer[] = [
  {
    id: 'try-504-first',
    answer: {
      en: 'You do not have to try a 504 plan before an IDEA evaluation. You can ask for an evaluation at any time; the school must then either ask for your consent or refuse in a prior written notice. A 504 plan does not answer whether your child needs specially designed instruction.',
      es: 'No tiene que probar un plan 504 antes de una evaluación de IDEA. Puede pedir una evaluación en cualquier momento; la escuela debe entonces pedirle su consentimiento o negarse mediante una notificación previa por escrito. Un plan 504 no responde a la pregunta de si su hijo o hija necesita instrucción especialmente diseñada.',
    },
    sources: [{ citation: '34 CFR 300.301(b); 34 CFR 300.503(a)', status: 'confirmed' }],
  },
  {
    id: 'grades-are-fine',
    answer: {
      en: 'Good grades do not rule out an IEP. Special education must be available to a child who needs it even while passing from grade to grade, and schools must look for children suspected of a disability even if they are advancing. Under Section 504 too, what matters is how hard things are for your child, not only the results.',
      es: 'Las buenas calificaciones no descartan un IEP. La educación especial debe estar disponible para el niño que la necesite aunque vaya pasando de grado, y las escuelas deben buscar a los niños de los que se sospecha una discapacidad aunque avancen. También en la Sección 504 lo que cuenta es cuánto le cuesta a su hijo o hija, no solo los resultados.',
    },
    sources: [
      { citation: '34 CFR 300.101(c)', status: 'confirmed' },
      { citation: '34 CFR 300.111(c)(1)', status: 'confirmed-secondary' },
      { citation: 'OSEP Letter to Delisle (2013)', status: 'confirmed' },
    ],
  },
  {
    id: 'rti-first',
    answer: {
      en: 'Interventions can go on, but RTI or MTSS cannot be used to delay or deny an evaluation when a disability is suspected. You can ask for an evaluation now, while the interventions continue.',
      es: 'Las intervenciones pueden seguir, pero RTI o MTSS no se pueden usar para retrasar ni negar una evaluación cuando se sospecha una discapacidad. Puede pedir una evaluación ahora, mientras continúan las intervenciones.',
    },
    sources: [{ citation: 'OSEP Memo 11-07 (2011)', status: 'confirmed' }],
  },
  {
    id: 'needs-medical-diagnosis',
    answer: {
      en: "You do not need a doctor's diagnosis to ask for an evaluation. Under IDEA, the school's own evaluation decides whether there is a disability; Section 504 does not require a medical diagnosis either.",
      es: 'No necesita un diagnóstico médico para pedir una evaluación. Según IDEA, es la propia evaluación de la escuela la que determina si hay una discapacidad; la Sección 504 tampoco exige un diagnóstico médico.',
    },
    sources: [
      { citation: '34 CFR 300.301(b)', status: 'confirmed' },
      // "No medical diagnosis required" is read from secondary sources (docs/legal-sources.md, Section 504).
      { citation: '34 CFR 104.3(j)', status: 'confirmed-secondary' },
    ],
  },
  {
    id: 'wait-and-see',
    answer: {
      en: 'You do not have to wait. If you suspect a disability, you can ask in writing for an evaluation now. {evaluationTimeLimit}.',
      es: 'No tiene que esperar. Si sospecha una discapacidad, puede pedir por escrito una evaluación ahora. {evaluationTimeLimit}.',
    },
    sources: [{ citation: '34 CFR 300.301(b)', status: 'confirmed' }],
  },
];

/** Shown with every result: the guide explains, it never decides. */
export const GUIDE_DISCLAIMER: LocalizedText = {
  en: 'This guide explains the law in general terms from your answers. It does not decide whether your child is eligible for an IEP or a 504 plan: only the school team decides that, after an evaluation (for an IEP, you are part of that team). It is not legal advice.',
  es: 'Esta guía explica la ley en términos generales a partir de sus respuestas. No decide si su hijo o hija reúne los requisitos para un IEP o un plan 504: eso solo lo decide el equipo de la escuela, después de una evaluación (en el caso de un IEP, usted forma parte de ese equipo). No es asesoría legal.',
};
