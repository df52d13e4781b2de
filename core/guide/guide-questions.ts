import { capitalized, type LocalizedText } from '../law/rule-status';
import { AREAS_OF_CONCERN } from '../schemas/letters';
import type { GuideAnswers, GuideQuestionId } from '../schemas/guide';
import { AREA_OF_CONCERN_LABELS } from './area-of-concern-labels';

/** How a question is answered: yes/no/unsure, one option, or any number of options. */
export const GUIDE_QUESTION_KINDS = ['yes-no-unsure', 'single', 'multi'] as const;
export type GuideQuestionKind = (typeof GUIDE_QUESTION_KINDS)[number];

/** The option ids a question accepts, from its answer type. */
export type GuideOptionId<Q extends GuideQuestionId> = GuideAnswers[Q] extends readonly (infer E)[]
  ? E
  : GuideAnswers[Q];

/** One answer a question offers: its id (what the answers hold) and its label. */
export interface GuideOption<Q extends GuideQuestionId = GuideQuestionId> {
  readonly id: GuideOptionId<Q>;
  readonly text: LocalizedText;
}

/** One question of the decision guide, with every option it accepts. */
export type GuideQuestion = {
  readonly [Q in GuideQuestionId]: {
    readonly id: Q;
    readonly kind: GuideQuestionKind;
    readonly text: LocalizedText;
    /** A line of explanation under the question; null when none is needed. */
    readonly help: LocalizedText | null;
    readonly options: readonly GuideOption<Q>[];
  };
}[GuideQuestionId];

const YES_NO_UNSURE_OPTIONS = [
  { id: 'yes', text: { en: 'Yes', es: 'Sí' } },
  { id: 'no', text: { en: 'No', es: 'No' } },
  { id: 'unsure', text: { en: 'Not sure', es: 'No lo sé' } },
] as const;

/**
 * The questions of the IEP-or-504 guide, in the order they are asked. Written for parents; the law
 * each answer bears on is in the guide's rules (`guide-signals.ts`, `guide-myths.ts`).
 */
export const guideQuestions: readonly GuideQuestion[] = [
  {
    id: 'concernAreas',
    kind: 'multi',
    text: {
      en: 'Where do you see your child struggling at school? Choose all that apply.',
      es: '¿En qué áreas ve que su hijo o hija tiene dificultades en la escuela? Marque todas las que correspondan.',
    },
    help: null,
    options: AREAS_OF_CONCERN.map((id) => ({ id, text: capitalized(AREA_OF_CONCERN_LABELS[id]) })),
  },
  {
    id: 'hasCondition',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child have a physical or mental condition, diagnosed or suspected? For example ADHD, dyslexia, autism, anxiety, diabetes or a hearing loss.',
      es: '¿Tiene su hijo o hija una condición física o mental, diagnosticada o sospechada? Por ejemplo, TDAH, dislexia, autismo, ansiedad, diabetes o pérdida auditiva.',
    },
    help: {
      en: 'A diagnosis is not needed to ask for an evaluation.',
      es: 'No hace falta un diagnóstico para pedir una evaluación.',
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'limitsDailyActivity',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does it make an everyday activity harder for your child than for most children of the same age, such as learning, reading, concentrating, communicating, eating, sleeping or breathing?',
      es: '¿Esa condición le hace más difícil que a la mayoría de los niños de su edad alguna actividad diaria, como aprender, leer, concentrarse, comunicarse, comer, dormir o respirar?',
    },
    help: {
      en: 'Answer as if your child had no medicine, devices or extra help: the law looks at the condition without them.',
      es: 'Responda como si su hijo o hija no tuviera medicamentos, aparatos ni ayuda adicional: la ley mira la condición sin ellos.',
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsSkillTaught',
    kind: 'yes-no-unsure',
    text: {
      en: 'Is there a skill your child has not learned that needs to be taught in a different way, such as reading words, writing, math facts, speaking, getting along with others or managing emotions?',
      es: '¿Hay alguna habilidad que su hijo o hija no ha aprendido y que necesita que se le enseñe de otra manera, como leer palabras, escribir, operaciones básicas de matemáticas, hablar, relacionarse con otros o manejar sus emociones?',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsChangedWork',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child need the work itself changed (easier or below-grade material, fewer or simpler questions, different grading), not only more time or a different seat?',
      es: '¿Necesita su hijo o hija que se cambie el trabajo mismo (material más sencillo o de un grado inferior, menos preguntas o más simples, otra forma de calificar), y no solo más tiempo u otro asiento?',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsSpecialistHelp',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child need regular teaching or therapy from a specialist, such as a special education teacher, speech-language therapist, occupational therapist or counselor, to make progress?',
      es: '¿Necesita su hijo o hija enseñanza o terapia regular de un especialista, como un maestro de educación especial, un terapeuta del habla y lenguaje, un terapeuta ocupacional o un consejero, para progresar?',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'behaviorGetsInWay',
    kind: 'yes-no-unsure',
    text: {
      en: "Does your child's behavior get in the way of learning, their own or other students'?",
      es: '¿La conducta de su hijo o hija interfiere con el aprendizaje, el suyo propio o el de otros estudiantes?',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'supportsTried',
    kind: 'multi',
    text: { en: 'What help has been tried so far?', es: '¿Qué ayuda se ha probado hasta ahora?' },
    help: null,
    options: [
      { id: 'none', text: { en: 'Nothing yet', es: 'Nada todavía' } },
      {
        id: 'classroom-accommodations',
        text: {
          en: 'Changes in the classroom (seating, extra time, breaks)',
          es: 'Cambios en el salón de clases (asiento, más tiempo, descansos)',
        },
      },
      { id: '504-plan', text: { en: 'A 504 plan', es: 'Un plan 504' } },
      {
        id: 'intervention',
        text: { en: 'Small-group intervention (RTI or MTSS)', es: 'Intervención en grupo pequeño (RTI o MTSS)' },
      },
      { id: 'behavior-plan', text: { en: 'A behavior plan', es: 'Un plan de conducta' } },
      {
        id: 'outside-help',
        text: { en: 'Tutoring or therapy outside school', es: 'Tutoría o terapia fuera de la escuela' },
      },
    ],
  },
  {
    id: 'progressWithSupports',
    kind: 'single',
    text: {
      en: 'With the help tried so far, how is your child doing compared with classmates?',
      es: 'Con la ayuda que se ha probado, ¿cómo le va a su hijo o hija en comparación con sus compañeros?',
    },
    help: null,
    options: [
      { id: 'catching-up', text: { en: 'Catching up', es: 'Se está poniendo al día' } },
      { id: 'same-gap', text: { en: 'Still as far behind', es: 'La diferencia sigue igual' } },
      { id: 'falling-behind', text: { en: 'Falling further behind', es: 'Se queda cada vez más atrás' } },
      { id: 'not-sure', text: { en: 'Not sure, or nothing tried yet', es: 'No lo sé, o no se ha probado nada' } },
    ],
  },
  {
    id: 'learnsWhenBarriersRemoved',
    kind: 'yes-no-unsure',
    text: {
      en: 'When a barrier is removed (extra time, a quieter place, breaks, a different seat, medicine or care at school), does your child keep up with grade-level work?',
      es: 'Cuando se quita un obstáculo (más tiempo, un lugar más tranquilo, descansos, otro asiento, medicamentos o cuidados en la escuela), ¿puede su hijo o hija seguir el trabajo de su grado?',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsHealthCare',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child need health care or safety steps at school, such as medicine, blood-sugar checks, an emergency plan, or access to water, snacks or the restroom?',
      es: '¿Necesita su hijo o hija atención de salud o medidas de seguridad en la escuela, como medicamentos, control del azúcar en la sangre, un plan de emergencia o acceso a agua, refrigerios o al baño?',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'schoolSaid',
    kind: 'multi',
    text: {
      en: 'What has the school told you? Choose all that apply.',
      es: '¿Qué le ha dicho la escuela? Marque todas las que correspondan.',
    },
    help: null,
    options: [
      { id: 'try-504-first', text: { en: '“Let’s try a 504 plan first.”', es: '“Probemos primero con un plan 504.”' } },
      {
        id: 'grades-are-fine',
        text: { en: '“Your child’s grades are fine.”', es: '“Sus calificaciones están bien.”' },
      },
      { id: 'rti-first', text: { en: '“We do RTI (or MTSS) first.”', es: '“Primero hacemos RTI (o MTSS).”' } },
      {
        id: 'needs-medical-diagnosis',
        text: { en: '“Bring us a doctor’s diagnosis first.”', es: '“Primero tráiganos un diagnóstico médico.”' },
      },
      {
        id: 'wait-and-see',
        text: {
          en: '“Let’s wait and see; your child may grow out of it.”',
          es: '“Esperemos; puede que se le pase con el tiempo.”',
        },
      },
      { id: 'nothing-yet', text: { en: 'Nothing yet', es: 'Nada todavía' } },
    ],
  },
  {
    id: 'evaluationSoFar',
    kind: 'single',
    text: {
      en: 'Where are you with a special education evaluation?',
      es: '¿En qué punto está la evaluación de educación especial?',
    },
    help: null,
    options: [
      { id: 'none', text: { en: 'I have not asked for one yet', es: 'Todavía no la he pedido' } },
      {
        id: 'requested-waiting',
        text: { en: 'I asked in writing and am waiting for an answer', es: 'La pedí por escrito y espero respuesta' },
      },
      { id: 'refused', text: { en: 'The school said no', es: 'La escuela dijo que no' } },
      {
        id: 'evaluated-agree',
        text: {
          en: 'My child was evaluated and I agree with the results',
          es: 'Ya se hizo la evaluación y estoy de acuerdo con los resultados',
        },
      },
      {
        id: 'evaluated-disagree',
        text: {
          en: 'My child was evaluated and I disagree with the results',
          es: 'Ya se hizo la evaluación y no estoy de acuerdo con los resultados',
        },
      },
    ],
  },
  {
    id: 'meetingSoon',
    kind: 'yes-no-unsure',
    text: { en: 'Is a meeting with the school coming up?', es: '¿Tiene pronto una reunión con la escuela?' },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
];
