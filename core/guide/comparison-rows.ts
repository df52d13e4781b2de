import type { Cited, LocalizedText } from '../law/rule-status';

/** The rows of the IEP-vs-504 comparison, in display order. */
export const COMPARISON_ROW_IDS = [
  'what-it-is',
  'law',
  'who-qualifies',
  'evaluation',
  'goals',
  'progress',
  'parents',
  'consent',
  'safeguards',
  'reevaluation',
  'transition',
  'disputes',
  'both-plans',
] as const;
export type ComparisonRowId = (typeof COMPARISON_ROW_IDS)[number];

/**
 * One side of a row before the state is known: text (with `{placeholders}` of `FACT_PLACEHOLDERS`) and
 * its sources, one per citation, each with its own status.
 */
export interface ComparisonCellTemplate {
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
}

/** A state-specific note a row can carry beneath its two cells. */
export type ComparisonStateNote = 'one-plan-position' | 'state-rules-missing';

/** One row of the comparison as data, before the state's facts fill it. */
export interface ComparisonRowTemplate {
  readonly id: ComparisonRowId;
  readonly topic: LocalizedText;
  readonly iep: ComparisonCellTemplate;
  readonly section504: ComparisonCellTemplate;
  readonly stateNote?: ComparisonStateNote;
}

/**
 * The comparison as data. Citations and statuses follow docs/legal-sources.md ("The IEP-or-504 guide");
 * state numbers come only through placeholders.
 */
export const COMPARISON_ROWS: readonly ComparisonRowTemplate[] = [
  {
    id: 'what-it-is',
    topic: { en: 'What it is', es: 'Qué es' },
    iep: {
      text: {
        en: 'Special education: specially designed instruction and related services, written into an individualized education program (IEP) with measurable goals.',
        es: 'Educación especial: instrucción especialmente diseñada y servicios relacionados, por escrito en un programa de educación individualizado (IEP) con metas medibles.',
      },
      sources: [{ citation: '34 CFR 300.320(a)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'A plan of accommodations, aids and services (and special education if needed) so the student can take part in school as fully as classmates without disabilities.',
        es: 'Un plan de adaptaciones, apoyos y servicios (y educación especial si hace falta) para que el estudiante participe en la escuela tan plenamente como sus compañeros sin discapacidades.',
      },
      sources: [{ citation: '34 CFR 104.33(b)(1)', status: 'confirmed' }],
    },
  },
  {
    id: 'law',
    topic: { en: 'Governing law', es: 'Ley que lo rige' },
    iep: {
      text: {
        en: 'The Individuals with Disabilities Education Act (IDEA), a federal law that funds special education and sets detailed procedures. Its regulations are at 34 CFR Part 300.',
        es: 'La Ley de Educación para Personas con Discapacidades (IDEA), una ley federal que financia la educación especial y fija procedimientos detallados. Su reglamento está en 34 CFR Part 300.',
      },
      sources: [{ citation: '34 CFR Part 300', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'Section 504 of the Rehabilitation Act of 1973, a civil-rights law against disability discrimination by schools that receive federal funds. Its regulations are at 34 CFR Part 104; the Americans with Disabilities Act adds similar protection.',
        es: 'La Sección 504 de la Ley de Rehabilitación de 1973, una ley de derechos civiles contra la discriminación por discapacidad en las escuelas que reciben fondos federales. Su reglamento está en 34 CFR Part 104; la Ley de Estadounidenses con Discapacidades (ADA) añade una protección parecida.',
      },
      sources: [{ citation: '34 CFR Part 104', status: 'confirmed' }],
    },
  },
  {
    id: 'who-qualifies',
    topic: { en: 'Who qualifies', es: 'Quién reúne los requisitos' },
    iep: {
      text: {
        en: "Two conditions, both needed: (1) an evaluation finds one of IDEA's 13 disability categories, and (2) because of it, the student needs special education, not only a related service.",
        es: 'Hacen falta dos condiciones: (1) una evaluación determina que el estudiante tiene una de las 13 categorías de discapacidad de IDEA, y (2) por esa razón necesita educación especial, no solo un servicio relacionado.',
      },
      sources: [{ citation: '34 CFR 300.8(a)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'A physical or mental impairment that substantially limits one or more major life activities, such as learning, reading, concentrating, eating or breathing. It is judged without the help of medicine or other mitigating measures, and learning need not be the activity limited.',
        es: 'Un impedimento físico o mental que limita sustancialmente una o más actividades principales de la vida, como aprender, leer, concentrarse, comer o respirar. Se juzga sin tomar en cuenta el efecto de los medicamentos u otras medidas de mitigación, y no hace falta que la actividad limitada sea el aprendizaje.',
      },
      sources: [
        { citation: '34 CFR 104.3(j)(1)', status: 'confirmed' },
        { citation: '42 U.S.C. 12102(4)(E)', status: 'confirmed' },
      ],
    },
  },
  {
    id: 'evaluation',
    topic: { en: 'Evaluation', es: 'Evaluación' },
    iep: {
      text: {
        en: "A full, individual evaluation before any services, asked for by the parent or the school; the school needs the parent's written consent first. {evaluationTimeLimit}.",
        es: 'Una evaluación completa e individual antes de cualquier servicio, que pueden pedir los padres o la escuela; la escuela necesita antes el consentimiento por escrito de los padres. {evaluationTimeLimit}.',
      },
      sources: [
        { citation: '34 CFR 300.301(b)', status: 'confirmed' },
        { citation: '34 CFR 300.300(a)', status: 'confirmed' },
      ],
    },
    section504: {
      text: {
        en: "An evaluation before the first placement and before any significant change in placement. The regulation sets no time limit; some states and districts borrow IDEA's.",
        es: 'Una evaluación antes de la primera colocación y antes de cualquier cambio importante de colocación. El reglamento no fija un plazo; algunos estados y distritos usan los de IDEA.',
      },
      sources: [{ citation: '34 CFR 104.35(a)', status: 'confirmed-secondary' }],
    },
    stateNote: 'state-rules-missing',
  },
  {
    id: 'goals',
    topic: { en: 'Goals', es: 'Metas' },
    iep: {
      text: {
        en: 'Measurable annual goals, academic and functional, for the needs that come from the disability.',
        es: 'Metas anuales medibles, académicas y funcionales, para las necesidades que surgen de la discapacidad.',
      },
      sources: [{ citation: '34 CFR 300.320(a)(2)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'No goals are required. The plan lists the accommodations, aids and services the student needs.',
        es: 'No se exigen metas. El plan enumera las adaptaciones, los apoyos y los servicios que el estudiante necesita.',
      },
      sources: [{ citation: '34 CFR 104.33(b)(1)', status: 'confirmed' }],
    },
  },
  {
    id: 'progress',
    topic: { en: 'Progress monitoring', es: 'Seguimiento del progreso' },
    iep: {
      text: {
        en: 'The IEP says how progress on each goal will be measured and when the parents will get progress reports (for example, with report cards).',
        es: 'El IEP indica cómo se medirá el progreso en cada meta y cuándo recibirán los padres informes de progreso (por ejemplo, junto con las boletas de calificaciones).',
      },
      sources: [{ citation: '34 CFR 300.320(a)(3)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'No progress reports are required; the plan is looked at again through periodic reevaluation.',
        es: 'No se exigen informes de progreso; el plan se revisa mediante reevaluaciones periódicas.',
      },
      sources: [{ citation: '34 CFR 104.35(d)', status: 'confirmed-secondary' }],
    },
  },
  {
    id: 'parents',
    topic: { en: 'Parent participation', es: 'Participación de los padres' },
    iep: {
      text: {
        en: 'Parents are required members of the IEP team. Meetings are scheduled early enough, at a time and place both sides agree on, and parents get a copy of the IEP.',
        es: 'Los padres son miembros obligatorios del equipo del IEP. Las reuniones se programan con suficiente anticipación, en una fecha y un lugar acordados, y los padres reciben una copia del IEP.',
      },
      sources: [
        { citation: '34 CFR 300.321(a)', status: 'confirmed' },
        { citation: '34 CFR 300.322', status: 'confirmed' },
      ],
    },
    section504: {
      text: {
        en: 'The regulation does not make parents members of the group that decides. Parents must get notice and a chance to examine the relevant records.',
        es: 'El reglamento no hace a los padres miembros del grupo que decide. Los padres deben recibir una notificación y la oportunidad de examinar los expedientes pertinentes.',
      },
      sources: [{ citation: '34 CFR 104.36', status: 'confirmed' }],
    },
  },
  {
    id: 'consent',
    topic: { en: 'Consent', es: 'Consentimiento' },
    iep: {
      text: {
        en: 'Written, informed consent is needed before the first evaluation and before services first start. Consent can be withdrawn in writing.',
        es: 'Se necesita el consentimiento informado y por escrito de los padres antes de la primera evaluación y antes de que empiecen los servicios. El consentimiento se puede retirar por escrito.',
      },
      sources: [{ citation: '34 CFR 300.300(a), (b)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: "The regulation requires notice to parents before the district identifies, evaluates or places a student; it does not set out consent rules as detailed as IDEA's. Ask for the district's written 504 procedures.",
        es: 'El reglamento exige notificar a los padres antes de que el distrito identifique, evalúe o coloque a un estudiante; no establece reglas de consentimiento tan detalladas como las de IDEA. Pida al distrito sus procedimientos escritos de la Sección 504.',
      },
      sources: [{ citation: '34 CFR 104.36', status: 'confirmed' }],
    },
  },
  {
    id: 'safeguards',
    topic: { en: 'Procedural safeguards', es: 'Garantías procesales' },
    iep: {
      text: {
        en: 'Prior written notice whenever the school proposes or refuses a change; a procedural safeguards notice every year; an independent educational evaluation at public expense; access to records before meetings.',
        es: 'Notificación previa por escrito cada vez que la escuela propone o rechaza un cambio; un aviso de garantías procesales cada año; una evaluación educativa independiente a costo público; acceso a los expedientes antes de las reuniones.',
      },
      sources: [
        { citation: '34 CFR 300.503(a)', status: 'confirmed' },
        { citation: '34 CFR 300.504(a)', status: 'confirmed' },
        { citation: '34 CFR 300.502(b)', status: 'confirmed' },
        // Records access is confirmed only through verbatim state adoptions (docs/law-coverage.md).
        { citation: '34 CFR 300.613(a)', status: 'confirmed-secondary' },
      ],
    },
    section504: {
      text: {
        en: 'Notice, a chance to examine relevant records, an impartial hearing in which parents take part and may have a lawyer, and a review procedure.',
        es: 'Notificación, la oportunidad de examinar los expedientes pertinentes, una audiencia imparcial en la que participan los padres y pueden tener abogado, y un procedimiento de revisión.',
      },
      sources: [{ citation: '34 CFR 104.36', status: 'confirmed' }],
    },
  },
  {
    id: 'reevaluation',
    topic: { en: 'Reevaluation', es: 'Reevaluación' },
    iep: {
      text: {
        en: 'At least every 3 years unless parents and school agree it is not needed, and not more than once a year unless both agree. Parents can ask for one at any time.',
        es: 'Al menos cada 3 años, salvo que los padres y la escuela acuerden que no hace falta, y no más de una vez al año salvo que ambos lo acuerden. Los padres pueden pedirla en cualquier momento.',
      },
      sources: [{ citation: '34 CFR 300.303', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'Periodically (the regulation sets no fixed interval) and before any significant change in placement.',
        es: 'Periódicamente (el reglamento no fija un intervalo) y antes de cualquier cambio importante de colocación.',
      },
      sources: [{ citation: '34 CFR 104.35(d)', status: 'confirmed-secondary' }],
    },
  },
  {
    id: 'transition',
    topic: { en: 'Planning for adult life', es: 'Planificación para la vida adulta' },
    iep: {
      text: {
        en: 'From the first IEP in effect when the student turns {transitionAge}, the IEP includes measurable postsecondary goals and transition services. At least one year before age {majorityAge}, it must say which rights will pass to the student.',
        es: 'Desde el primer IEP vigente cuando el estudiante cumple {transitionAge}, el IEP incluye metas medibles para después de la secundaria y servicios de transición. Al menos un año antes de que cumpla {majorityAge}, debe indicar qué derechos pasarán al estudiante.',
      },
      sources: [{ citation: '34 CFR 300.320(b), (c)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: "The regulation requires no transition plan; needs for life after school can be met through the plan's accommodations and services.",
        es: 'El reglamento no exige un plan de transición; las necesidades para la vida después de la escuela pueden atenderse con las adaptaciones y los servicios del plan.',
      },
      sources: [{ citation: '34 CFR Part 104', status: 'confirmed-secondary' }],
    },
  },
  {
    id: 'disputes',
    topic: { en: 'Disputes and time limits', es: 'Desacuerdos y plazos' },
    iep: {
      text: {
        en: 'Mediation at any time; a complaint to the state about a violation within the past year; a due process hearing, asked for within {dueProcessYears} of when the parent knew or should have known of the problem.',
        es: 'Mediación en cualquier momento; una queja ante el estado por una infracción ocurrida en el último año; una audiencia de debido proceso, solicitada dentro de {dueProcessYears} desde que los padres supieron, o debieron saber, del problema.',
      },
      sources: [
        { citation: '34 CFR 300.506', status: 'confirmed' },
        { citation: '34 CFR 300.153(c)', status: 'confirmed' },
      ],
    },
    section504: {
      text: {
        en: "The district's grievance procedure, an impartial hearing, or a complaint to the Office for Civil Rights (OCR), generally within 180 calendar days of the discrimination.",
        es: 'El procedimiento de quejas del distrito, una audiencia imparcial o una queja ante la Oficina de Derechos Civiles (OCR), por lo general dentro de los 180 días calendario siguientes a la discriminación.',
      },
      sources: [
        { citation: '34 CFR 104.7(b)', status: 'confirmed-secondary' },
        { citation: '34 CFR 104.36', status: 'confirmed' },
        { citation: 'OCR complaint procedures (180 days): 34 CFR 100.7(b), applied by 104.61', status: 'confirmed' },
      ],
    },
  },
  {
    id: 'both-plans',
    topic: { en: 'Having both', es: 'Tener ambos' },
    iep: {
      text: {
        en: 'A student with an IEP is still protected by Section 504; carrying out the IEP is one way the school meets its 504 duties.',
        es: 'Un estudiante con IEP sigue protegido por la Sección 504; cumplir el IEP es una de las formas en que la escuela cumple sus obligaciones de la 504.',
      },
      sources: [{ citation: '34 CFR 104.33(b)(2)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'Federal law does not forbid both, but a separate 504 plan next to an IEP is unusual (for example, for a temporary injury); accommodations usually go in the IEP.',
        es: 'La ley federal no prohíbe tener ambos, pero un plan 504 aparte junto a un IEP es poco común (por ejemplo, por una lesión temporal); las adaptaciones suelen incluirse en el IEP.',
      },
      // The "unusual, not forbidden" reading is practice guidance (docs/legal-sources.md, "State law"), hence the weaker status.
      sources: [{ citation: '34 CFR 104.33(b)(2)', status: 'confirmed-secondary' }],
    },
    stateNote: 'one-plan-position',
  },
];
