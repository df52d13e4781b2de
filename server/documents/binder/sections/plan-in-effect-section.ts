import type { IepContent, IepService } from '../../../../core/schemas/iep';
import type { Plan504Content } from '../../../../core/schemas/plan-504';
import type { VersionReason } from '../../../../core/schemas/plan';
import type { PdfContent } from '../../pdf-renderer';
import type { BinderLanguage, BinderPlan } from '../binder-data';
import {
  bullets,
  citationLine,
  dateText,
  emptyNote,
  factTable,
  listTable,
  orDash,
  paragraph,
  subheading,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'The plan in effect',
    none: 'No plan has a final version yet: there is no plan in effect to print.',
    law: 'Law',
    plan: 'Plan',
    iep: 'Individualized Education Program (IEP)',
    plan504: 'Section 504 plan',
    versionLabel: 'Version',
    version: (n: number, reason: string) => `${String(n)} (${reason})`,
    inEffect: 'In effect',
    from: (from: string, to: string | null) => (to === null ? `from ${from}` : `from ${from} to ${to}`),
    reasons: { initial: 'initial', annual: 'annual review', amendment: 'amendment', reevaluation: 'reevaluation' },
    presentLevels: 'Present levels of academic achievement and functional performance',
    academic: 'Academic',
    functional: 'Functional',
    impact: 'How the disability affects learning',
    goals: 'Measurable annual goals',
    noGoals: 'The plan has no goals.',
    baseline: 'Baseline',
    target: 'Target',
    measured: 'How it is measured',
    reported: 'When progress is reported',
    services: 'Services',
    noServices: 'The plan lists no services.',
    serviceHeaders: ['Service', 'How much', 'Where and by whom', 'Dates'],
    noMinutes: 'no minutes set',
    minutes: (total: number, per: string) => `${String(total)} minutes a ${per}`,
    periods: { day: 'day', week: 'week', month: 'month', year: 'year' },
    accommodations: 'Accommodations',
    modifications: 'Modifications',
    aids: 'Supplementary aids and services',
    noneListed: 'None listed.',
    assessments: 'State and district tests',
    participation: {
      general: 'The regular tests',
      'general-with-accommodations': 'The regular tests with accommodations',
      alternate: 'An alternate assessment',
    },
    lre: 'Least restrictive environment',
    percent: (p: number) => `${String(p)}% of the school day in the general classroom`,
    esy: 'Extended school year',
    esyDecision: { yes: 'Yes', no: 'No', undecided: 'Not decided' },
    transition: 'Transition',
    education: 'Education after high school',
    employment: 'Employment',
    independentLiving: 'Independent living',
    courseOfStudy: 'Course of study',
    ageOfMajority: 'Age of majority',
    impairment: 'Impairment',
    lifeActivities: 'Major life activities it substantially limits',
    accommodationHeaders: ['Category', 'Accommodation', 'Who is responsible'],
    categories: {
      presentation: 'Presentation',
      response: 'Response',
      setting: 'Setting',
      'timing-scheduling': 'Timing and scheduling',
      health: 'Health',
      behavior: 'Behavior',
    },
    reviewDate: 'Next review',
  },
  es: {
    heading: 'El plan vigente',
    none: 'Ningún plan tiene todavía una versión final: no hay plan vigente que imprimir.',
    law: 'Ley',
    plan: 'Plan',
    iep: 'Programa de Educación Individualizado (IEP)',
    plan504: 'Plan de la Sección 504',
    versionLabel: 'Versión',
    version: (n: number, reason: string) => `${String(n)} (${reason})`,
    inEffect: 'Vigente',
    from: (from: string, to: string | null) => (to === null ? `desde el ${from}` : `del ${from} al ${to}`),
    reasons: { initial: 'inicial', annual: 'revisión anual', amendment: 'enmienda', reevaluation: 'reevaluación' },
    presentLevels: 'Niveles actuales de rendimiento académico y funcional',
    academic: 'Académico',
    functional: 'Funcional',
    impact: 'Cómo afecta la discapacidad al aprendizaje',
    goals: 'Metas anuales medibles',
    noGoals: 'El plan no tiene metas.',
    baseline: 'Punto de partida',
    target: 'Meta',
    measured: 'Cómo se mide',
    reported: 'Cuándo se informa el progreso',
    services: 'Servicios',
    noServices: 'El plan no indica servicios.',
    serviceHeaders: ['Servicio', 'Cuánto', 'Dónde y quién', 'Fechas'],
    noMinutes: 'sin minutos indicados',
    minutes: (total: number, per: string) => `${String(total)} minutos por ${per}`,
    periods: { day: 'día', week: 'semana', month: 'mes', year: 'año' },
    accommodations: 'Adaptaciones',
    modifications: 'Modificaciones',
    aids: 'Ayudas y servicios suplementarios',
    noneListed: 'Ninguna indicada.',
    assessments: 'Pruebas estatales y del distrito',
    participation: {
      general: 'Las pruebas regulares',
      'general-with-accommodations': 'Las pruebas regulares con adaptaciones',
      alternate: 'Una evaluación alternativa',
    },
    lre: 'Ambiente menos restrictivo',
    percent: (p: number) => `${String(p)}% del día escolar en el aula general`,
    esy: 'Año escolar extendido',
    esyDecision: { yes: 'Sí', no: 'No', undecided: 'Sin decidir' },
    transition: 'Transición',
    education: 'Estudios después de la preparatoria',
    employment: 'Empleo',
    independentLiving: 'Vida independiente',
    courseOfStudy: 'Plan de estudios',
    ageOfMajority: 'Mayoría de edad',
    impairment: 'Impedimento',
    lifeActivities: 'Actividades principales de la vida que limita sustancialmente',
    accommodationHeaders: ['Categoría', 'Adaptación', 'Quién es responsable'],
    categories: {
      presentation: 'Presentación',
      response: 'Respuesta',
      setting: 'Entorno',
      'timing-scheduling': 'Tiempo y horario',
      health: 'Salud',
      behavior: 'Conducta',
    },
    reviewDate: 'Próxima revisión',
  },
} as const satisfies BinderWords<unknown>;

type Words = (typeof WORDS)[BinderLanguage];

/** Where the law says what each part of a plan must hold. */
const CITES = {
  iep: '34 CFR 300.320',
  presentLevels: '34 CFR 300.320(a)(1)',
  goals: '34 CFR 300.320(a)(2)–(3)',
  services: '34 CFR 300.320(a)(4), (a)(7)',
  assessments: '34 CFR 300.320(a)(6)',
  lre: '34 CFR 300.320(a)(5), 300.114',
  esy: '34 CFR 300.106',
  transition: '34 CFR 300.320(b)',
  ageOfMajority: '34 CFR 300.320(c), 300.520',
  plan504: '34 CFR 104.33, 104.35',
  impairment: '34 CFR 104.3(j)',
} as const;

function serviceRow(service: IepService, words: Words, language: BinderLanguage): PdfContent[] {
  const amount =
    service.minutesPerSession === null || service.sessionsPerPeriod === null
      ? words.noMinutes
      : `${words.minutes(service.minutesPerSession * service.sessionsPerPeriod, words.periods[service.period])} (${String(service.sessionsPerPeriod)} × ${String(service.minutesPerSession)})`;
  const where = [service.location, service.providerRole].filter((part) => part.trim() !== '').join(' · ');
  return [
    orDash(service.name),
    amount,
    orDash(where),
    `${dateText(service.startDate, language)} – ${dateText(service.endDate, language)}`,
  ];
}

function iepContent(content: IepContent, words: Words, language: BinderLanguage): PdfContent[] {
  const esy = content.extendedSchoolYear;
  const lre = content.leastRestrictiveEnvironment;
  const transition = content.transition;
  return [
    subheading(words.presentLevels),
    citationLine(words.law, CITES.presentLevels),
    factTable([
      [words.academic, orDash(content.presentLevels.academic)],
      [words.functional, orDash(content.presentLevels.functional)],
      [words.impact, orDash(content.presentLevels.disabilityImpact)],
    ]),
    subheading(words.goals),
    citationLine(words.law, CITES.goals),
    ...(content.goals.length === 0
      ? [emptyNote(words.noGoals)]
      : content.goals.flatMap((goal, index): PdfContent[] => [
          {
            text: `${String(index + 1)}. ${goal.area.trim() === '' ? '' : `${goal.area}: `}${orDash(goal.statement)}`,
            style: 'label',
            margin: [0, 6, 0, 2],
          },
          factTable([
            [
              words.baseline,
              `${goal.baseline.value === null ? '—' : `${String(goal.baseline.value)} ${goal.unit}`.trim()} (${dateText(goal.baseline.date, language)})`,
            ],
            [
              words.target,
              `${goal.target.value === null ? '—' : `${String(goal.target.value)} ${goal.unit}`.trim()} (${dateText(goal.target.date, language)})`,
            ],
            [words.measured, orDash(goal.measurementMethod)],
            [words.reported, orDash(goal.reportingSchedule)],
          ]),
        ])),
    subheading(words.services),
    citationLine(words.law, CITES.services),
    content.services.length === 0
      ? emptyNote(words.noServices)
      : listTable(
          words.serviceHeaders,
          content.services.map((s) => serviceRow(s, words, language)),
          ['*', 'auto', '*', 'auto'],
        ),
    subheading(words.accommodations),
    bullets(content.accommodations, words.noneListed),
    subheading(words.modifications),
    bullets(content.modifications, words.noneListed),
    subheading(words.aids),
    bullets(content.supplementaryAids, words.noneListed),
    subheading(words.assessments),
    citationLine(words.law, CITES.assessments),
    paragraph(words.participation[content.assessments.participation]),
    ...(content.assessments.accommodations.length === 0 ? [] : [bullets(content.assessments.accommodations, '')]),
    ...(content.assessments.alternateJustification.trim() === ''
      ? []
      : [paragraph(content.assessments.alternateJustification)]),
    subheading(words.lre),
    citationLine(words.law, CITES.lre),
    ...(lre.percentInGeneralClass === null ? [] : [paragraph(words.percent(lre.percentInGeneralClass))]),
    paragraph(orDash(lre.explanation)),
    subheading(words.esy),
    citationLine(words.law, CITES.esy),
    paragraph(
      esy.explanation.trim() === ''
        ? words.esyDecision[esy.decision]
        : `${words.esyDecision[esy.decision]}: ${esy.explanation}`,
    ),
    ...(transition === null
      ? []
      : [
          subheading(words.transition),
          citationLine(words.law, CITES.transition),
          factTable([
            [words.education, orDash(transition.postsecondaryGoals.education)],
            [words.employment, orDash(transition.postsecondaryGoals.employment)],
            [words.independentLiving, orDash(transition.postsecondaryGoals.independentLiving)],
            [words.courseOfStudy, orDash(transition.courseOfStudy)],
          ]),
          bullets(transition.services, words.noneListed),
        ]),
    ...(content.ageOfMajorityStatement.trim() === ''
      ? []
      : [
          subheading(words.ageOfMajority),
          citationLine(words.law, CITES.ageOfMajority),
          paragraph(content.ageOfMajorityStatement),
        ]),
  ];
}

function plan504Content(content: Plan504Content, words: Words, language: BinderLanguage): PdfContent[] {
  return [
    subheading(words.impairment),
    citationLine(words.law, CITES.impairment),
    paragraph(orDash(content.impairment)),
    subheading(words.lifeActivities),
    bullets(content.majorLifeActivities, words.noneListed),
    subheading(words.accommodations),
    citationLine(words.law, CITES.plan504),
    content.accommodations.length === 0
      ? emptyNote(words.noneListed)
      : listTable(
          words.accommodationHeaders,
          content.accommodations.map((a): PdfContent[] => [
            words.categories[a.category],
            orDash(a.description),
            orDash(a.responsible),
          ]),
          ['auto', '*', 'auto'],
        ),
    factTable([[words.reviewDate, dateText(content.reviewDate, language)]]),
  ];
}

function planFacts(plan: BinderPlan, words: Words, language: BinderLanguage): PdfContent[] {
  const reason: Record<VersionReason, string> = words.reasons;
  return [
    factTable([
      [words.plan, plan.framework === 'iep' ? words.iep : words.plan504],
      [words.versionLabel, words.version(plan.versionNumber, reason[plan.reason])],
      [
        words.inEffect,
        words.from(
          dateText(plan.effectiveFrom, language),
          plan.effectiveTo === null ? null : dateText(plan.effectiveTo, language),
        ),
      ],
      [words.law, plan.framework === 'iep' ? CITES.iep : CITES.plan504],
    ]),
  ];
}

/** The plan in effect, every part of it, each part with the regulation that requires it. */
export const planInEffectSection: BinderSection = {
  id: 'plan-in-effect',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ plan, language }) => {
    const words = WORDS[language];
    if (plan === null) return [emptyNote(words.none)];
    return [
      ...planFacts(plan, words, language),
      ...(plan.framework === 'iep'
        ? iepContent(plan.content, words, language)
        : plan504Content(plan.content, words, language)),
    ];
  },
};
