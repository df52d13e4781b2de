import type { PdfContent } from '../../pdf-renderer';
import { goalSection } from '../../progress-report-pdf';
import { citationLine, emptyNote, factTable, paragraph, type BinderSection, type BinderWords } from '../binder-section';

const WORDS = {
  en: {
    heading: 'Progress on each goal',
    noIep: 'Progress is reported on an IEP’s goals: there is no IEP in effect with goals.',
    law: 'Law',
    cite: 'Reports of progress toward the annual goals: 34 CFR 300.320(a)(3)(ii)',
  },
  es: {
    heading: 'Progreso en cada meta',
    noIep: 'El progreso se informa sobre las metas de un IEP: no hay un IEP vigente con metas.',
    law: 'Ley',
    cite: 'Informes del progreso hacia las metas anuales: 34 CFR 300.320(a)(3)(ii)',
  },
} as const satisfies BinderWords<unknown>;

/**
 * The IEP in effect's progress report as of the binder's day: each goal's status and the numbers behind it,
 * the graph (with the scores as a table under it, its text alternative), and the comments.
 */
export const progressSection: BinderSection = {
  id: 'progress',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ progress, language }) => {
    const words = WORDS[language];
    if (progress === null) return [emptyNote(words.noIep)];
    return [
      citationLine(words.law, words.cite),
      factTable(progress.facts.map((fact) => [fact.label, fact.value] as const)),
      paragraph(progress.about),
      ...(progress.noGoals === null ? [] : [emptyNote(progress.noGoals)]),
      ...progress.goals.flatMap((goal): PdfContent[] => goalSection(goal)),
    ];
  },
};
