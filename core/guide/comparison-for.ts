import { textIn } from '../progress/format-words';
import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { Cited, LocalizedText } from '../law/rule-status';
import { combineCited } from './cited';
import { COMPARISON_ROWS } from './comparison-rows';
import type { ComparisonCellTemplate, ComparisonRowId, ComparisonStateNote } from './comparison-rows';
import { fillFactTemplate } from './fact-template';
import { ruleStatusLabel } from './rule-status-label';

/** One side of a comparison row, ready to show. */
export interface ComparisonCell extends Cited {
  readonly text: LocalizedText;
  /** The status in words, in every language. */
  readonly statusLabel: LocalizedText;
  /** True when part of the text comes from the state's rules. */
  readonly isStateSpecific: boolean;
  /** Each source on its own (what `citation` joins), for showing or checking one by one. */
  readonly sources: readonly Cited[];
}

/** One row of the IEP-vs-504 comparison for a given state. */
export interface ComparisonRow {
  readonly id: ComparisonRowId;
  readonly topic: LocalizedText;
  readonly iep: ComparisonCell;
  readonly section504: ComparisonCell;
  /** What the state adds on this row (New Hampshire's one-plan position, missing state rules); null when nothing. */
  readonly stateNote: ComparisonCell | null;
}

function cell(text: LocalizedText, sources: readonly Cited[], isStateSpecific: boolean): ComparisonCell {
  const cited = combineCited(sources);
  return {
    text,
    citation: cited.citation,
    status: cited.status,
    statusLabel: ruleStatusLabel(cited.status),
    isStateSpecific,
    sources: sources.map((source) => ({ citation: source.citation, status: source.status })),
  };
}

function fillCell(template: ComparisonCellTemplate, facts: JurisdictionFacts): ComparisonCell {
  const filled = fillFactTemplate(template.text, template.sources, facts, 'neutral');
  return cell(filled.text, filled.sources, filled.isStateSpecific);
}

function stateNote(kind: ComparisonStateNote | undefined, facts: JurisdictionFacts): ComparisonCell | null {
  switch (kind) {
    case 'one-plan-position': {
      if (facts.onePlanPosition === null) return null;
      const filled = fillFactTemplate(
        {
          en: '{onePlanPosition}',
          es: '{onePlanPosition}',
          vi: '{onePlanPosition}',
          'zh-Hans': '{onePlanPosition}',
          ar: '{onePlanPosition}',
        },
        [],
        facts,
        'neutral',
      );
      return cell(filled.text, filled.sources, true);
    }
    case 'state-rules-missing':
      if (facts.hasEncodedRules || facts.jurisdiction === 'US') return null;
      return cell(
        {
          en: `We have no encoded rules for ${facts.name.en} yet, so the federal rules are shown. The state's own rules may set a shorter or different time limit; check them.`,
          es: `Todavía no tenemos las normas de ${facts.name.es}, así que se muestran las normas federales. Las normas del estado pueden fijar un plazo más corto o distinto; conviene revisarlas.`,
          vi: `Chúng tôi chưa có quy định của ${textIn(facts.name, 'vi')}, nên đang hiển thị quy định liên bang. Quy định riêng của tiểu bang có thể đặt thời hạn ngắn hơn hoặc khác; hãy kiểm tra.`,
          'zh-Hans': `我们还没有${textIn(facts.name, 'zh-Hans')}的规定，所以这里显示联邦规定。该州自己的规定可能设定更短或不同的期限；请核对。`,
          ar: `لا تتوفر لدينا بعد قواعد ${textIn(facts.name, 'ar')}، لذلك تُعرض القواعد الفيدرالية. وقد تحدد قواعد الولاية نفسها مهلة أقصر أو مختلفة؛ راجعها.`,
        },
        [{ citation: facts.initialEvaluation.citation, status: 'unconfirmed' }],
        true,
      );
    case undefined:
      return null;
  }
}

/**
 * The IEP-vs-504 comparison for one jurisdiction: every row with its citation and confirmation
 * status, state-specific cells (evaluation time limit, transition age, age of majority, due process
 * limit, New Hampshire's one-plan position) filled from `facts`. Pure: same facts, same rows.
 */
export function comparisonFor(facts: JurisdictionFacts): ComparisonRow[] {
  return COMPARISON_ROWS.map((row) => ({
    id: row.id,
    topic: row.topic,
    iep: fillCell(row.iep, facts),
    section504: fillCell(row.section504, facts),
    stateNote: stateNote(row.stateNote, facts),
  }));
}
