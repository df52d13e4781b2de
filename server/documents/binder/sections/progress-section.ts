import type { PdfContent } from '../../pdf-renderer';
import { goalSection } from '../../progress-report-pdf';
import {
  citationLine,
  emptyNote,
  factTable,
  paragraph,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

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
  vi: {
    heading: 'Tiến bộ theo từng mục tiêu',
    noIep:
      'Tiến bộ được báo cáo theo các mục tiêu của một IEP: hiện không có IEP nào đang có hiệu lực với các mục tiêu.',
    law: 'Luật',
    cite: 'Báo cáo tiến bộ hướng tới các mục tiêu hằng năm: 34 CFR 300.320(a)(3)(ii)',
  },
  'zh-Hans': {
    heading: '各项目标的进展',
    noIep: '进展是针对 IEP 的目标报告的：目前没有含目标的现行 IEP。',
    law: '法律',
    cite: '年度目标进展报告：34 CFR 300.320(a)(3)(ii)',
  },
  ar: {
    heading: 'التقدم نحو كل هدف',
    noIep: 'يُبلَّغ عن التقدم نحو أهداف برنامج التعليم الفردي (IEP): لا يوجد برنامج IEP ساري المفعول يتضمن أهدافًا.',
    law: 'القانون',
    cite: 'تقارير التقدم نحو الأهداف السنوية: 34 CFR 300.320(a)(3)(ii)',
  },
} as const satisfies BinderWords<unknown>;

/**
 * The IEP in effect's progress report as of the binder's day: each goal's status and the numbers behind it,
 * the graph (with the scores as a table under it, its text alternative), and the comments.
 */
export const progressSection: BinderSection = {
  id: 'progress',
  heading: headingsOf(WORDS),
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
