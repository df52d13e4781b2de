import type { RuleStatus } from '../../../../core/law/rule-status';
import type { DeadlineStatus, Severity } from '../../../../core/timeline/timeline-result';
import type { PdfContent } from '../../pdf-renderer';
import {
  dateText,
  emptyNote,
  listTable,
  paragraph,
  subheading,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'Deadlines and findings',
    about: (day: string) =>
      `Computed on ${day} from the dated events in the record and the law of the child’s state. Each line names the rule it follows.`,
    deadlines: 'Deadlines',
    noDeadlines: 'No deadline applies yet: the record has no event that starts one.',
    deadlineHeaders: ['Due', 'Status', 'Why', 'Citation'],
    noDue: 'not yet known',
    statuses: { met: 'Met', late: 'Met late', overdue: 'Overdue', open: 'Open', unknown: 'Unknown' },
    findings: 'Findings',
    noFindings: 'No findings.',
    findingHeaders: ['Severity', 'Finding', 'Citation'],
    severities: { info: 'Note', warning: 'Warning', violation: 'Possible violation' },
    unconfirmed: 'rule not yet confirmed against the law’s text',
  },
  es: {
    heading: 'Plazos y hallazgos',
    about: (day: string) =>
      `Calculados el ${day} a partir de los eventos con fecha del expediente y la ley del estado del niño. Cada línea indica la norma que sigue.`,
    deadlines: 'Plazos',
    noDeadlines: 'Todavía no corre ningún plazo: el expediente no tiene un evento que inicie uno.',
    deadlineHeaders: ['Vence', 'Estado', 'Por qué', 'Cita'],
    noDue: 'aún no se sabe',
    statuses: { met: 'Cumplido', late: 'Cumplido tarde', overdue: 'Vencido', open: 'Abierto', unknown: 'Desconocido' },
    findings: 'Hallazgos',
    noFindings: 'No hay hallazgos.',
    findingHeaders: ['Gravedad', 'Hallazgo', 'Cita'],
    severities: { info: 'Nota', warning: 'Advertencia', violation: 'Posible incumplimiento' },
    unconfirmed: 'norma aún no confirmada con el texto de la ley',
  },
} as const satisfies BinderWords<unknown>;

function citationCell(citation: string, status: RuleStatus | undefined, unconfirmed: string): PdfContent {
  return {
    stack: [
      { text: citation, fontSize: 9 },
      ...(status === 'unconfirmed' ? [{ text: `(${unconfirmed})`, style: 'note', fontSize: 8 }] : []),
    ],
  };
}

/** Every deadline with its due day, status, the sentence saying why, and its citation; then the findings. */
export const deadlinesSection: BinderSection = {
  id: 'deadlines',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ deadlines, findings, language, asOf }) => {
    const words = WORDS[language];
    const statuses: Record<DeadlineStatus, string> = words.statuses;
    const severities: Record<Severity, string> = words.severities;
    return [
      paragraph(words.about(dateText(asOf, language))),
      subheading(words.deadlines),
      deadlines.length === 0
        ? emptyNote(words.noDeadlines)
        : listTable(
            words.deadlineHeaders,
            deadlines.map((deadline): PdfContent[] => [
              dateText(deadline.due, language, words.noDue),
              {
                text: statuses[deadline.status],
                style: deadline.status === 'overdue' || deadline.status === 'late' ? 'label' : 'plain',
              },
              deadline.explanation[language],
              citationCell(deadline.citation, deadline.ruleStatus, words.unconfirmed),
            ]),
            [70, 50, '*', 100],
          ),
      subheading(words.findings),
      findings.length === 0
        ? emptyNote(words.noFindings)
        : listTable(
            words.findingHeaders,
            findings.map((finding): PdfContent[] => [
              { text: severities[finding.severity], style: finding.severity === 'violation' ? 'label' : 'plain' },
              finding.explanation[language],
              citationCell(finding.citation, finding.ruleStatus, words.unconfirmed),
            ]),
            [70, '*', 100],
          ),
    ];
  },
};
