import type { Cited, LocalizedText } from '../law/rule-status';
import type { LetterKind } from '../schemas/letters';
import type { GuideCondition } from './guide-condition';
import { GAP_PERSISTS } from './guide-signals';

/** The answers lean toward an IDEA evaluation. */
const LEANS_TOWARD_EVALUATION: GuideCondition = { leaning: ['iep', 'either'] };

/** No evaluation has been asked for yet. */
const NOT_YET_REQUESTED: GuideCondition = { answer: 'evaluationSoFar', in: ['none'] };

/** The school steered toward a 504 plan or interventions instead of an evaluation. */
const OFFERED_504_OR_RTI: GuideCondition = {
  any: [
    { answer: 'schoolSaid', in: ['try-504-first', 'rti-first'] },
    { answer: 'supportsTried', in: ['504-plan', 'intervention'] },
  ],
};

/** Ask for an evaluation, having been offered a 504 plan or RTI instead. */
export const SHOULD_REQUEST_AFTER_504: GuideCondition = {
  all: [LEANS_TOWARD_EVALUATION, NOT_YET_REQUESTED, OFFERED_504_OR_RTI],
};

/** Ask for an evaluation, nothing else having been offered. */
export const SHOULD_REQUEST_EVALUATION: GuideCondition = {
  all: [LEANS_TOWARD_EVALUATION, NOT_YET_REQUESTED, { not: OFFERED_504_OR_RTI }],
};

/** Something the family can do next. Text may use fact placeholders; `sources` may be empty (practical advice). */
export interface GuideNextStep {
  readonly id: string;
  readonly when: GuideCondition | null;
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
  /** The letter that does this step, if there is one. */
  readonly letter: LetterKind | null;
}

/** The next steps, in the order shown. */
export const GUIDE_NEXT_STEPS: readonly GuideNextStep[] = [
  {
    id: 'request-evaluation',
    when: SHOULD_REQUEST_EVALUATION,
    text: {
      en: 'Ask the school in writing for a full evaluation in all areas of suspected disability. Date your letter and keep a copy: time limits count from the day the district receives your request and your consent.',
      es: 'Pida por escrito a la escuela una evaluación completa en todas las áreas de posible discapacidad. Ponga fecha a su carta y guarde una copia: los plazos se cuentan desde el día en que el distrito recibe su solicitud y su consentimiento.',
    },
    sources: [{ citation: '34 CFR 300.301(b)', status: 'confirmed' }],
    letter: 'evaluation-request',
  },
  {
    id: 'request-evaluation-after-504',
    when: SHOULD_REQUEST_AFTER_504,
    text: {
      en: 'Ask in writing for an IDEA evaluation even though the school offered a 504 plan or interventions; those can continue while your child is evaluated.',
      es: 'Pida por escrito una evaluación de IDEA aunque la escuela le haya ofrecido un plan 504 o intervenciones; estos pueden continuar mientras se evalúa a su hijo o hija.',
    },
    sources: [
      { citation: '34 CFR 300.301(b)', status: 'confirmed' },
      { citation: 'OSEP Memo 11-07 (2011)', status: 'confirmed' },
    ],
    letter: 'iep-evaluation-after-504',
  },
  {
    id: 'sign-consent',
    when: { all: [LEANS_TOWARD_EVALUATION, { answer: 'evaluationSoFar', in: ['none', 'requested-waiting'] }] },
    text: {
      en: 'When the consent form arrives, sign it, return it and keep a copy. {evaluationTimeLimit}.',
      es: 'Cuando reciba el formulario de consentimiento, fírmelo, devuélvalo y guarde una copia. {evaluationTimeLimit}.',
    },
    sources: [{ citation: '34 CFR 300.300(a)', status: 'confirmed' }],
    letter: null,
  },
  {
    id: 'follow-up-on-request',
    when: { answer: 'evaluationSoFar', in: ['requested-waiting'] },
    text: {
      en: "If no consent form or written answer comes, ask for prior written notice of the school's decision.",
      es: 'Si no recibe un formulario de consentimiento ni una respuesta por escrito, pida una notificación previa por escrito de la decisión de la escuela.',
    },
    sources: [{ citation: '34 CFR 300.503(a)', status: 'confirmed' }],
    letter: 'pwn-request',
  },
  {
    id: 'ask-for-pwn',
    when: { answer: 'evaluationSoFar', in: ['refused'] },
    text: {
      en: 'Ask for the refusal in writing, as prior written notice: the school must explain what it refused, why, and what it relied on. With it you can go to mediation, file a state complaint or ask for a due process hearing.',
      es: 'Pida la negativa por escrito, como notificación previa por escrito: la escuela debe explicar qué rechazó, por qué y en qué se basó. Con ella puede acudir a mediación, presentar una queja ante el estado o pedir una audiencia de debido proceso.',
    },
    sources: [
      { citation: '34 CFR 300.503(a), (b)', status: 'confirmed' },
      { citation: '34 CFR 300.506', status: 'confirmed' },
      { citation: '34 CFR 300.153', status: 'confirmed' },
    ],
    letter: 'pwn-request',
  },
  {
    id: 'request-iee',
    when: { answer: 'evaluationSoFar', in: ['evaluated-disagree'] },
    text: {
      en: 'Ask for an independent educational evaluation at public expense. Without unnecessary delay, the school must either pay for it or ask for a hearing to show its own evaluation was appropriate.',
      es: 'Pida una evaluación educativa independiente a costo público. Sin demoras innecesarias, la escuela debe pagarla o pedir una audiencia para demostrar que su propia evaluación fue adecuada.',
    },
    sources: [{ citation: '34 CFR 300.502(b)', status: 'confirmed' }],
    letter: 'iee-request',
  },
  {
    id: 'ask-504-evaluation',
    when: { leaning: ['504'] },
    text: {
      en: "Ask the school's Section 504 coordinator in writing for a 504 evaluation and a meeting to write a plan. If signs appear that your child needs skills taught differently, ask for an IDEA evaluation.",
      es: 'Pida por escrito al coordinador de la Sección 504 de la escuela una evaluación 504 y una reunión para elaborar un plan. Si aparecen señales de que su hijo o hija necesita que se le enseñen habilidades de otra manera, pida una evaluación de IDEA.',
    },
    sources: [
      { citation: '34 CFR 104.35(a)', status: 'confirmed-secondary' },
      { citation: '34 CFR 104.7(a)', status: 'confirmed-secondary' },
    ],
    letter: null,
  },
  {
    id: 'ask-for-intervention-data',
    when: GAP_PERSISTS,
    text: {
      en: 'Ask for the data behind the help already tried: intervention progress graphs, and records of how accommodations or the 504 plan were carried out. You have the right to inspect your child’s education records.',
      es: 'Pida los datos de la ayuda que ya se probó: las gráficas de progreso de las intervenciones y los registros de cómo se aplicaron las adaptaciones o el plan 504. Usted tiene derecho a revisar los expedientes educativos de su hijo o hija.',
    },
    sources: [{ citation: '34 CFR 99.10(a)', status: 'confirmed' }],
    letter: 'records-request',
  },
  {
    id: 'records-before-meeting',
    when: { answer: 'meetingSoon', in: ['yes'] },
    text: {
      en: "Ask to see your child's records before the meeting. The school must let you see them before any IEP meeting, and no later than 45 days after you ask.",
      es: 'Pida ver los expedientes de su hijo o hija antes de la reunión. La escuela debe permitirle verlos antes de cualquier reunión del IEP y a más tardar 45 días después de que usted lo pida.',
    },
    sources: [{ citation: '34 CFR 300.613(a)', status: 'confirmed-secondary' }],
    letter: 'records-request',
  },
  {
    id: 'gather-information',
    when: { leaning: ['need-more-information'] },
    text: {
      en: 'Gather what you have (report cards, test results, notes from teachers and doctors, samples of schoolwork) and write down what you see at home. Then go through this guide again.',
      es: 'Reúna lo que tenga (boletas de calificaciones, resultados de pruebas, notas de maestros y médicos, muestras de trabajos escolares) y anote lo que observa en casa. Después vuelva a hacer esta guía.',
    },
    sources: [],
    letter: null,
  },
  {
    id: 'keep-a-record',
    when: null,
    text: {
      en: 'Keep every letter, answer and date in Binder. Deadlines count from the day the school receives your letter, so send it in a way you can prove.',
      es: 'Guarde en Binder cada carta, cada respuesta y cada fecha. Los plazos se cuentan desde el día en que la escuela recibe su carta, así que envíela de una forma que pueda comprobar.',
    },
    sources: [],
    letter: null,
  },
];

/** Which letter to suggest: the first rule that fits wins; none fitting means no letter. */
export const SUGGESTED_LETTER_RULES: readonly { readonly letter: LetterKind; readonly when: GuideCondition }[] = [
  { letter: 'iee-request', when: { answer: 'evaluationSoFar', in: ['evaluated-disagree'] } },
  { letter: 'pwn-request', when: { answer: 'evaluationSoFar', in: ['refused'] } },
  { letter: 'iep-evaluation-after-504', when: SHOULD_REQUEST_AFTER_504 },
  { letter: 'evaluation-request', when: SHOULD_REQUEST_EVALUATION },
  { letter: 'records-request', when: { answer: 'meetingSoon', in: ['yes'] } },
];
