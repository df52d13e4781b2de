import { formatLongDate } from '../calendar/format-long-date';
import type { IepGoal } from '../schemas/iep';
import type { ProgressInput, ProgressPoint, ProgressStatus } from '../schemas/progress';
import { formatNumber, textIn } from './format-words';
import type { Language } from './format-words';
import { describeGoalDataProblems, goalProgressInput } from './goal-progress-input';
import { goalProgressView } from './goal-progress-view';
import type { GoalProgressView } from './goal-progress-view';
import { LABEL_SETS } from './label-sets';
import type { LabelSetId } from './label-sets';
import { PROGRESS_REPORT_WORDS } from './progress-report-words';

/** One goal of the plan with its stored data. */
export interface ProgressReportGoalData {
  readonly goal: IepGoal;
  readonly points: readonly ProgressPoint[];
  readonly phaseChanges: readonly { readonly date: string; readonly label: string }[];
}

/** What a progress report is made from; the server loads it, this decides every word. */
export interface ProgressReportInput {
  readonly student: {
    readonly givenName: string;
    readonly familyName: string;
    readonly school: string | null;
    readonly grade: string | null;
  };
  /** The version the goals are read from; `effectiveFrom` is null for a draft. */
  readonly plan: { readonly versionNumber: number; readonly effectiveFrom: string | null };
  /** The reporting period, both ends inclusive; without `from`, every score up to `to`. */
  readonly period: { readonly from: string | null; readonly to: string };
  readonly language: Language;
  readonly labelSet: LabelSetId;
  readonly goals: readonly ProgressReportGoalData[];
}

/** A table as rows of text, with the text to show instead when it has no rows. */
export interface ReportTable {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly empty: string;
}

/** One goal's section of the report. */
export interface ProgressReportGoal {
  readonly goalId: string;
  readonly heading: string;
  readonly statement: string;
  /** "How it is measured: …", or null when the IEP does not say. */
  readonly measurement: string | null;
  /** The status and the numbers behind it, or null when the goal lacks what a judgement needs (see `problem`). */
  readonly judgement: {
    readonly status: ProgressStatus;
    /** "Status on 9 March 2026", the label's heading. */
    readonly statusHeading: string;
    /** The status in the label set's words, with the form's code first when it has one ("2 – Partial …"). */
    readonly statusText: string;
    /** "the data suggest the goal could be raised", or null. */
    readonly advice: string | null;
    /** The analysis's sentence: the status and the numbers that decided it. */
    readonly explanation: string;
    /** What each decision rule said. */
    readonly rules: string;
    /** Baseline and goal, points used, trend against the goal line, projection. */
    readonly numbers: readonly string[];
    readonly chartSvg: string;
  } | null;
  /** Why the goal cannot be judged ("The IEP goal has no target value …"), or null. */
  readonly problem: string | null;
  readonly table: ReportTable;
  readonly commentsHeading: string;
  /** Notes on the period's scores and the period's changes in instruction, in date order. */
  readonly comments: readonly string[];
  readonly noComments: string;
}

/** A progress report as words and graphs, ready for a renderer. */
export interface ProgressReport {
  readonly language: Language;
  /** The document's title (PDF metadata, read by screen readers). */
  readonly title: string;
  readonly heading: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly about: string;
  readonly goals: readonly ProgressReportGoal[];
  /** "This IEP has no goals.", or null. */
  readonly noGoals: string | null;
}

/**
 * The periodic report to parents of 34 CFR 300.320(a)(3)(ii), for every goal of an IEP version: the statement,
 * the status as of the last day of the period in plain words (or the label set's) with the rule that fired and
 * its numbers, the graph, the period's scores and the comments. Each status is judged from all the data up to
 * the end of the period, because a trend needs the scores before it; the table lists only the period's scores
 * (docs/progress-methods.md 1.7: a useful report gives the current level with a number, the method, and the comparison).
 */
export function progressReport(input: ProgressReportInput): ProgressReport {
  const words = PROGRESS_REPORT_WORDS[input.language];
  const { from, to } = input.period;
  const name = `${input.student.givenName} ${input.student.familyName}`.trim();
  const period = words.periodLine(from, to);
  const facts = [
    { label: words.student, value: name },
    ...(input.student.school === null || input.student.school === ''
      ? []
      : [{ label: words.school, value: input.student.school }]),
    ...(input.student.grade === null || input.student.grade === ''
      ? []
      : [{ label: words.grade, value: input.student.grade }]),
    { label: words.plan, value: words.planLine(input.plan.versionNumber, input.plan.effectiveFrom) },
    { label: words.period, value: period },
    ...(input.labelSet === 'federal'
      ? []
      : [{ label: words.labels, value: textIn(LABEL_SETS[input.labelSet].name, input.language) }]),
  ];
  return {
    language: input.language,
    title: words.title(name, period),
    heading: words.heading,
    facts,
    about: words.about,
    goals: input.goals.map((data, i) => reportGoal(data, i + 1, input)),
    noGoals: input.goals.length === 0 ? words.noGoals : null,
  };
}

function reportGoal(data: ProgressReportGoalData, index: number, report: ProgressReportInput): ProgressReportGoal {
  const { language, labelSet } = report;
  const { from, to } = report.period;
  const words = PROGRESS_REPORT_WORDS[language];
  const { goal } = data;
  const isInPeriod = (date: string): boolean => (from === null || date >= from) && date <= to;
  const built = goalProgressInput(goal, {
    points: data.points,
    phaseChanges: data.phaseChanges.map((p) => p.date),
  });
  const view = built.ok
    ? goalProgressView(built.input, { asOf: to, language, labelSet, idPrefix: `goal-${String(index)}` })
    : null;

  const periodPoints = [...data.points]
    .filter((p) => isInPeriod(p.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const aimOn = new Map((view?.textAlternative.rows ?? []).map((row) => [row.date, row.aim]));
  const headers = [words.date, words.score(goal.unit.trim()), ...(view === null ? [] : [words.aim]), words.measuredBy];
  const rows = periodPoints.map((p) => [
    formatLongDate(p.date, language),
    formatNumber(p.value),
    ...(view === null ? [] : [formatNumber(aimOn.get(p.date) ?? Number.NaN)]),
    p.measuredBy ?? '',
  ]);

  const comments = [
    ...periodPoints.flatMap((p) =>
      p.note === undefined || p.note.trim() === '' ? [] : [{ date: p.date, text: p.note.trim() }],
    ),
    ...data.phaseChanges
      .filter((c) => isInPeriod(c.date))
      .map((c) => ({ date: c.date, text: words.phaseComment(c.label) })),
  ]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((c) => `${formatLongDate(c.date, language)}: ${c.text}`);

  return {
    goalId: goal.id,
    heading: words.goalHeading(index, goal.area.trim()),
    statement: goal.statement,
    measurement: goal.measurementMethod.trim() === '' ? null : words.measurement(goal.measurementMethod.trim()),
    judgement: built.ok && view !== null ? judgement(built.input, view, report) : null,
    problem: built.ok ? null : describeGoalDataProblems(built.problems, language),
    table: { caption: words.tableCaption, headers, rows, empty: words.noScores },
    commentsHeading: words.comments,
    comments,
    noComments: words.noComments,
  };
}

function judgement(
  input: ProgressInput,
  view: GoalProgressView,
  report: ProgressReportInput,
): NonNullable<ProgressReportGoal['judgement']> {
  const { analysis, label } = view;
  const words = PROGRESS_REPORT_WORDS[report.language];
  const latestPhaseChange = (input.phaseChanges ?? [])
    .filter((d) => d <= analysis.asOf)
    .reduce<string | null>((latest, d) => (latest === null || d > latest ? d : latest), null);
  const trend = analysis.trend;
  const numbers = [
    words.baselineLine(input.baseline.value, input.baseline.date, input.goal.value, input.goal.date),
    words.usedLine(analysis.pointsUsed, latestPhaseChange),
    trend === null
      ? words.noTrend(analysis.goalSlope)
      : words.trendLine(trend.slope, trend.slopeLow, trend.slopeHigh, analysis.goalSlope),
    ...(analysis.projection === null
      ? []
      : [words.projectionLine(analysis.projection, input.goal.date, input.goal.value, analysis.isPastGoalDate)]),
  ];
  return {
    status: analysis.status,
    statusHeading: words.status(analysis.asOf),
    statusText: label.code === null ? label.text : `${label.code} – ${label.text}`,
    advice: label.advice,
    explanation: view.textAlternative.sentence,
    rules: words.rules(analysis.rules.fourPoint, analysis.rules.trend),
    numbers,
    chartSvg: view.chartSvg,
  };
}
