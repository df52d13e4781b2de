import type { LocalizedText } from '../law/rule-status';

/**
 * The words and abbreviations families meet in special education, explained in plain language, in English and
 * Spanish. The web app's glossary page lists them, and `GlossaryTerm` links a term where it appears.
 */
export interface GlossaryEntry {
  /** Stable id, used as the page anchor (`/glossary#lre`). */
  readonly id: string;
  /** The term as it is written in each language (most abbreviations stay in English in Spanish-speaking schools). */
  readonly term: LocalizedText;
  /** What the abbreviation stands for, or the term's full name. */
  readonly expansion: LocalizedText;
  /** One or two plain sentences a parent can act on. */
  readonly explanation: LocalizedText;
  /** Where the law defines it, when somewhere does. */
  readonly citation?: string;
}

const same = (term: string): LocalizedText => ({ en: term, es: term });

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: '504',
    term: { en: '504 plan', es: 'plan 504' },
    expansion: { en: 'Section 504 of the Rehabilitation Act', es: 'Sección 504 de la Ley de Rehabilitación' },
    explanation: {
      en: 'A written plan of accommodations for a child whose disability limits a major life activity such as learning or concentrating. It changes how the child learns and is tested, not what they learn.',
      es: 'Un plan escrito de adaptaciones para un niño cuya discapacidad limita una actividad principal de la vida, como aprender o concentrarse. Cambia cómo aprende y cómo se le evalúa, no lo que aprende.',
    },
    citation: '34 CFR 104.33',
  },
  {
    id: 'ard',
    term: same('ARD'),
    expansion: { en: 'Admission, Review and Dismissal committee', es: 'Comité de Admisión, Revisión y Retiro' },
    explanation: {
      en: 'Texas’s name for the IEP team and its meeting. The parent is a member of it.',
      es: 'El nombre que Texas da al equipo del IEP y a su reunión. Usted, como padre o madre, es miembro del comité.',
    },
    citation: '19 TAC 89.1050',
  },
  {
    id: 'bip',
    term: same('BIP'),
    expansion: { en: 'Behavior Intervention Plan', es: 'Plan de Intervención de Conducta' },
    explanation: {
      en: 'A plan that teaches and supports the behavior the school wants to see, built on what the FBA found.',
      es: 'Un plan que enseña y apoya la conducta que la escuela espera, basado en lo que encontró la FBA.',
    },
    citation: '34 CFR 300.530(f)',
  },
  {
    id: 'esy',
    term: same('ESY'),
    expansion: { en: 'Extended School Year services', es: 'Servicios de año escolar extendido' },
    explanation: {
      en: 'Special education during the summer or other breaks, when the IEP team decides the child needs it to keep their progress.',
      es: 'Educación especial durante el verano u otras vacaciones, cuando el equipo del IEP decide que el niño la necesita para no perder lo que avanzó.',
    },
    citation: '34 CFR 300.106',
  },
  {
    id: 'fape',
    term: same('FAPE'),
    expansion: { en: 'Free Appropriate Public Education', es: 'Educación pública gratuita y apropiada' },
    explanation: {
      en: 'What every child with a disability is owed: special education and services, at no cost to the family, that let the child make progress.',
      es: 'Lo que se le debe a todo niño con discapacidad: educación especial y servicios, sin costo para la familia, que le permitan progresar.',
    },
    citation: '34 CFR 300.17',
  },
  {
    id: 'fba',
    term: same('FBA'),
    expansion: { en: 'Functional Behavioral Assessment', es: 'Evaluación funcional de la conducta' },
    explanation: {
      en: 'A study of when, where and why a behavior happens, so the team can plan what helps.',
      es: 'Un estudio de cuándo, dónde y por qué ocurre una conducta, para que el equipo planifique qué ayuda.',
    },
    citation: '34 CFR 300.530(d)(1)(ii)',
  },
  {
    id: 'ferpa',
    term: same('FERPA'),
    expansion: {
      en: 'Family Educational Rights and Privacy Act',
      es: 'Ley de Derechos Educativos y Privacidad de la Familia',
    },
    explanation: {
      en: 'The federal law that lets parents see their child’s school records and limits who else may see them.',
      es: 'La ley federal que le permite ver los expedientes escolares de su hijo y limita quién más puede verlos.',
    },
    citation: '34 CFR 99.10',
  },
  {
    id: 'idea',
    term: same('IDEA'),
    expansion: {
      en: 'Individuals with Disabilities Education Act',
      es: 'Ley de Educación para Personas con Discapacidades',
    },
    explanation: {
      en: 'The federal special education law: evaluations, IEPs, and the parent’s rights along the way.',
      es: 'La ley federal de educación especial: las evaluaciones, el IEP y los derechos de los padres en todo el proceso.',
    },
    citation: '20 U.S.C. 1400',
  },
  {
    id: 'iee',
    term: same('IEE'),
    expansion: { en: 'Independent Educational Evaluation', es: 'Evaluación educativa independiente' },
    explanation: {
      en: 'An evaluation by someone outside the school. If you disagree with the school’s evaluation you can ask for one at public expense.',
      es: 'Una evaluación hecha por alguien ajeno a la escuela. Si no está de acuerdo con la evaluación de la escuela, puede pedir una pagada con fondos públicos.',
    },
    citation: '34 CFR 300.502',
  },
  {
    id: 'iep',
    term: same('IEP'),
    expansion: { en: 'Individualized Education Program', es: 'Programa de Educación Individualizado' },
    explanation: {
      en: 'The written plan of special education for a child who qualifies under IDEA: present levels, yearly goals, services and where they happen. It is reviewed at least once a year.',
      es: 'El plan escrito de educación especial para un niño que reúne los requisitos de IDEA: nivel actual, metas anuales, servicios y dónde se dan. Se revisa al menos una vez al año.',
    },
    citation: '34 CFR 300.320',
  },
  {
    id: 'lre',
    term: same('LRE'),
    expansion: { en: 'Least Restrictive Environment', es: 'Ambiente menos restrictivo' },
    explanation: {
      en: 'Children with disabilities learn alongside children without disabilities as much as possible; leaving the general classroom needs a reason.',
      es: 'Los niños con discapacidad aprenden junto a los demás tanto como sea posible; salir del aula general necesita una razón.',
    },
    citation: '34 CFR 300.114',
  },
  {
    id: 'ocr',
    term: same('OCR'),
    expansion: { en: 'Office for Civil Rights', es: 'Oficina de Derechos Civiles' },
    explanation: {
      en: 'The U.S. Department of Education office that takes complaints of disability discrimination, including about 504 plans. Complaints are usually due within 180 days.',
      es: 'La oficina del Departamento de Educación de EE. UU. que recibe quejas por discriminación por discapacidad, también sobre planes 504. La queja suele presentarse dentro de 180 días.',
    },
    citation: '34 CFR 104.61',
  },
  {
    id: 'plaafp',
    term: same('PLAAFP'),
    expansion: {
      en: 'Present Levels of Academic Achievement and Functional Performance',
      es: 'Nivel actual de desempeño académico y funcional',
    },
    explanation: {
      en: 'The part of the IEP that says where the child is today and how the disability affects school. Every goal should start from it.',
      es: 'La parte del IEP que dice dónde está el niño hoy y cómo la discapacidad afecta su aprendizaje. Toda meta debería partir de ella.',
    },
    citation: '34 CFR 300.320(a)(1)',
  },
  {
    id: 'pwn',
    term: same('PWN'),
    expansion: { en: 'Prior Written Notice', es: 'Aviso previo por escrito' },
    explanation: {
      en: 'A letter the school must send before it starts or refuses something about the child’s evaluation, placement or services, saying what and why.',
      es: 'Una carta que la escuela debe enviar antes de iniciar o negar algo sobre la evaluación, la ubicación o los servicios del niño, diciendo qué y por qué.',
    },
    citation: '34 CFR 300.503',
  },
  {
    id: 'related-services',
    term: { en: 'related services', es: 'servicios relacionados' },
    expansion: { en: 'Related services', es: 'Servicios relacionados' },
    explanation: {
      en: 'Help a child needs to benefit from special education, such as speech therapy, counseling or transportation.',
      es: 'Apoyos que el niño necesita para aprovechar la educación especial, como terapia del habla, consejería o transporte.',
    },
    citation: '34 CFR 300.34',
  },
  {
    id: 'safeguards',
    term: { en: 'procedural safeguards', es: 'garantías procesales' },
    expansion: { en: 'Procedural safeguards notice', es: 'Aviso de garantías procesales' },
    explanation: {
      en: 'The written explanation of your rights the school must give you once a year and at key moments.',
      es: 'La explicación escrita de sus derechos que la escuela debe darle una vez al año y en momentos clave.',
    },
    citation: '34 CFR 300.504',
  },
  {
    id: 'sdi',
    term: same('SDI'),
    expansion: { en: 'Specially Designed Instruction', es: 'Instrucción especialmente diseñada' },
    explanation: {
      en: 'Teaching adapted in content, method or delivery to the child’s needs: the heart of special education.',
      es: 'Enseñanza adaptada en contenido, método o forma a las necesidades del niño: el centro de la educación especial.',
    },
    citation: '34 CFR 300.39(b)(3)',
  },
  {
    id: 'transition',
    term: { en: 'transition plan', es: 'plan de transición' },
    expansion: { en: 'Postsecondary transition plan', es: 'Plan de transición posterior a la secundaria' },
    explanation: {
      en: 'Goals and services in the IEP for life after high school, from age 16 at the latest (earlier in some states).',
      es: 'Metas y servicios del IEP para la vida después de la secundaria, a más tardar desde los 16 años (antes en algunos estados).',
    },
    citation: '34 CFR 300.320(b)',
  },
];

/** The entry for an id, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
