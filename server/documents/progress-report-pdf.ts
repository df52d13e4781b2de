import type { ProgressReport, ProgressReportGoal } from '../../core/progress/progress-report';
import { renderPdf, type PdfContent } from './pdf-renderer';

/** The text width of US Letter with one-inch margins, in points: the graph fills it. */
const CONTENT_WIDTH = 468;

/**
 * A progress report as a US Letter PDF in the report's language: the student, plan and period, then every
 * goal with its statement, status and the numbers behind it, the graph (the same SVG as on screen, drawn by
 * pdfmake), the period's scores and the comments. Text stays text, so it can be copied and read aloud.
 */
export async function renderProgressReportPdf(report: ProgressReport): Promise<Buffer> {
  return renderPdf({
    info: { title: report.title, subject: report.heading },
    language: report.language,
    styles: {
      title: { fontSize: 18, bold: true },
      goalHeading: { fontSize: 14, bold: true },
      label: { bold: true },
      small: { fontSize: 9.5, color: '#333333' },
    },
    content: [
      { text: report.heading, style: 'title', margin: [0, 0, 0, 10] },
      {
        table: {
          widths: [120, '*'],
          body: report.facts.map((fact): PdfContent[] => [{ text: fact.label, style: 'label' }, fact.value]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 8],
      },
      { text: report.about, style: 'small', margin: [0, 0, 0, 6] },
      ...(report.noGoals === null ? [] : [{ text: report.noGoals, margin: [0, 12, 0, 0] }]),
      ...report.goals.flatMap(goalSection),
    ],
    footer: (page, pages) => ({
      text: `${String(page)} / ${String(pages)}`,
      alignment: 'center',
      fontSize: 9,
      color: '#555555',
      margin: [0, 20, 0, 0],
    }),
  });
}

/** One goal of a progress report: heading, statement, status with its numbers, graph, scores, comments (also in the binder). */
export function goalSection(goal: ProgressReportGoal): PdfContent[] {
  const judgement = goal.judgement;
  // pdfmake keeps an `unbreakable` stack on one page, so a goal's heading never ends a page without its
  // statement. (The renderer's type lists only what documents need; pdfmake reads the extra flag.)
  const opening = {
    stack: [
      { text: goal.heading, style: 'goalHeading', margin: [0, 0, 0, 6] },
      { text: goal.statement, margin: [0, 0, 0, 4] },
      ...(goal.measurement === null ? [] : [{ text: goal.measurement, style: 'small', margin: [0, 0, 0, 2] }]),
    ],
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
  return [
    opening,
    ...(judgement === null
      ? [{ text: goal.problem ?? '', bold: true, margin: [0, 6, 0, 8] }]
      : [
          {
            text: [
              { text: `${judgement.statusHeading}: `, bold: true },
              { text: judgement.statusText, bold: true },
              // The label's advice ("the data suggest the goal could be raised") goes beside the status.
              ...(judgement.advice === null ? [] : [{ text: ` (${judgement.advice})` }]),
            ],
            margin: [0, 6, 0, 2],
          },
          { text: judgement.explanation, margin: [0, 2, 0, 4] },
          { text: judgement.rules, style: 'small', margin: [0, 0, 0, 2] },
          { ul: judgement.numbers.map((line): PdfContent => ({ text: line, style: 'small' })), margin: [0, 0, 0, 8] },
          { svg: judgement.chartSvg, width: CONTENT_WIDTH, margin: [0, 0, 0, 8] },
        ]),
    { text: goal.table.caption, style: 'label', margin: [0, 4, 0, 4] },
    goal.table.rows.length === 0
      ? { text: goal.table.empty, margin: [0, 0, 0, 8] }
      : {
          table: {
            headerRows: 1,
            widths: goal.table.headers.map((_, i) => (i === goal.table.headers.length - 1 ? '*' : 'auto')),
            body: [
              goal.table.headers.map((header): PdfContent => ({ text: header, style: 'label' })),
              ...goal.table.rows.map((row) => row.map((cell): PdfContent => cell)),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 8],
        },
    { text: goal.commentsHeading, style: 'label', margin: [0, 4, 0, 4] },
    goal.comments.length === 0
      ? { text: goal.noComments, margin: [0, 0, 0, 8] }
      : { ul: goal.comments.map((comment): PdfContent => comment), margin: [0, 0, 0, 8] },
  ];
}
