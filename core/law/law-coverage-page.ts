import { jurisdictionFacts } from './jurisdiction-facts';
import type { CoverageRule, JurisdictionCoverage, LawCoverage } from './law-coverage';
import type { RuleStatus } from './rule-status';

/** The command that writes the page, said on the page so nobody edits it by hand. */
export const LAW_COVERAGE_COMMAND = 'npm run --silent binder -- law coverage --markdown > docs/law-coverage.md';

const STATUS_MEANINGS: Readonly<Record<RuleStatus, string>> = {
  confirmed: 'the text of the law was read (official site or a verbatim mirror)',
  'confirmed-secondary':
    'secondary sources agree (parent centres, state-agency guides, district handbooks); the text itself was not read',
  dataset: 'read from a third-party dataset that quotes the rule',
  unconfirmed:
    'the sources conflict or only one was found: the best-supported reading, with the other said in the summary; every case it dates gets an `unconfirmed-rule` finding',
};

/** Markdown table cells cannot hold a pipe or a line break. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function basisWords(basis: string): string {
  return basis.replaceAll('-', ' ');
}

function summaryRow(jurisdiction: JurisdictionCoverage): string {
  const facts = jurisdictionFacts(jurisdiction.code);
  const evaluation = facts.initialEvaluation;
  const second =
    evaluation.orWithin === undefined
      ? ''
      : ` or ${String(evaluation.orWithin.count)} ${basisWords(evaluation.orWithin.basis)}, whichever is less,`;
  const clock = `${String(evaluation.count)} ${basisWords(evaluation.basis)}${second} from ${evaluation.clockStart} (${evaluation.status})`;
  // Where the federal rule stands in, say so rather than show the federal rule's status as the state's.
  const statusOf = (kind: string, status: RuleStatus): string =>
    jurisdiction.federalKinds.includes(kind) ? 'federal' : status;
  const transition = `${String(facts.transitionAge.age)} (${statusOf('transition-plan', facts.transitionAge.status)})`;
  const majority = `${String(facts.ageOfMajority.age)} (${statusOf('age-of-majority-notice', facts.ageOfMajority.status)})`;
  const years = facts.dueProcessLimitation.years;
  const dueProcess = `${String(years)} ${years === 1 ? 'year' : 'years'} (${statusOf('due-process-window', facts.dueProcessLimitation.status)})`;
  const unconfirmed = String(jurisdiction.statusCounts.unconfirmed);
  return `| ${jurisdiction.code} | ${cell(jurisdiction.name.en)} | ${cell(clock)} | ${transition} | ${majority} | ${dueProcess} | ${String(jurisdiction.rules.length)} | ${unconfirmed} |`;
}

function ruleLines(rule: CoverageRule): string[] {
  const what = rule.kind === null ? rule.type : `${rule.type}, ${rule.kind}`;
  const lines = [`- **${rule.id}** (${what}) — ${rule.summary.en}`];
  const facts: string[] = [];
  if (rule.numbers !== null) facts.push(`Numbers: ${rule.numbers}`);
  if (rule.startsOn.length > 0) facts.push(`starts on: ${rule.startsOn.join(', ')}`);
  if (rule.completedBy.length > 0)
    facts.push(`${rule.type === 'reminder' ? 'answered' : 'completed'} by: ${rule.completedBy.join(', ')}`);
  if (rule.effectiveFrom !== null) facts.push(`from ${rule.effectiveFrom}`);
  if (facts.length > 0) lines.push(`  ${facts.join('; ')}.`);
  lines.push(`  Citation: ${rule.citation}. Status: **${rule.status}**.`);
  lines.push(`  Source: ${rule.sourceUrl}`);
  return lines;
}

function jurisdictionSection(jurisdiction: JurisdictionCoverage): string[] {
  const lines = ['', `## ${jurisdiction.name.en} (${jurisdiction.code})`, ''];
  for (const rule of jurisdiction.rules) lines.push(...ruleLines(rule));
  lines.push('', `Federal rules apply for: ${jurisdiction.federalKinds.join(', ')}.`);
  return lines;
}

/**
 * The law coverage page (`docs/law-coverage.md`), written from the rules data: a summary row per
 * state and DC, then every record with its numbers, citation, status and source, then the federal
 * rules. A test compares the committed page with this output, so the page cannot drift.
 */
export function lawCoveragePage(coverage: LawCoverage): string {
  const lines = [
    '# Law coverage',
    '',
    `<!-- Generated from the rules data in core/law by \`${LAW_COVERAGE_COMMAND}\`. Do not edit by hand: a test fails when this page differs from what the data generates. -->`,
    '',
    'Every rule Binder applies, per jurisdiction, with its numbers, citation, confirmation status and the source it was',
    'read from. The same records date the deadlines, fill the state cells of the IEP-versus-504 comparison and the',
    'decision guide, and are shown to families with their status. Binder explains the law; it is not legal advice.',
    '',
    'Statuses:',
    '',
    ...(Object.entries(STATUS_MEANINGS) as [RuleStatus, string][]).map(
      ([status, meaning]) => `- **${status}**: ${meaning}.`,
    ),
    '',
    '## Summary',
    '',
    'Initial evaluation, transition age, age of majority and due-process limit as the comparison page shows them;',
    '"own records" counts the jurisdiction\'s own deadline rules, reminders and citations.',
    '',
    '| Code | Jurisdiction | Initial evaluation | Transition age | Age of majority | Due-process limit | Own records | Unconfirmed |',
    '|---|---|---|---|---|---|---|---|',
    ...coverage.jurisdictions.map(summaryRow),
  ];
  for (const jurisdiction of coverage.jurisdictions) lines.push(...jurisdictionSection(jurisdiction));
  lines.push(
    '',
    '## Federal rules (US)',
    '',
    'IDEA, Section 504/OCR and FERPA: they apply wherever a jurisdiction has no rule of the same kind.',
    '',
  );
  for (const rule of coverage.federal.rules) lines.push(...ruleLines(rule));
  return `${lines.join('\n')}\n`;
}
