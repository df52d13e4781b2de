import { useTranslation } from 'react-i18next';
import type { ComparisonCell, ComparisonRow } from '../../../core/guide/comparison-for';
import { localized } from '../../i18n/localized';
import { CitedSource } from '../app/cited-source';

function Cell({ cell, columnLabel, stateName }: { cell: ComparisonCell; columnLabel: string; stateName: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {/* The column's name, shown only when the table is stacked as cards (the header row is hidden then). */}
      <span className="comparison-column-label" aria-hidden="true">
        {columnLabel}
      </span>
      <p className="comparison-text">{localized(cell.text, i18n.language)}</p>
      {cell.isStateSpecific ? (
        <p className="state-specific">
          <span className="badge">{t('comparison.stateSpecific', { state: stateName })}</span>
        </p>
      ) : null}
      <CitedSource citation={cell.citation} status={cell.status} sources={cell.sources} />
    </>
  );
}

/**
 * The IEP-vs-504 comparison as a table: one row per topic, the IEP and 504 cells each with its citation and
 * how sure the rule is, state-specific cells marked, and the state's own note (New Hampshire's one-plan
 * position) in a row of its own. It only shows what it is given, so the student page can embed it.
 *
 * On a narrow screen the CSS stacks each row as a card; the explicit roles keep the table's meaning for
 * screen readers when `display` changes.
 */
export function ComparisonTable({
  rows,
  stateName,
  caption,
}: {
  rows: readonly ComparisonRow[];
  /** The jurisdiction's name in the UI language, for the state-specific marks. */
  stateName: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const iepLabel = t('comparison.iepColumn');
  const plan504Label = t('comparison.plan504Column');
  return (
    <table className="comparison-table" role="table">
      <caption>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('comparison.topicColumn')}
          </th>
          <th scope="col" role="columnheader">
            {iepLabel}
          </th>
          <th scope="col" role="columnheader">
            {plan504Label}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.flatMap((row) => {
          const topic = localized(row.topic, language);
          const main = (
            <tr key={row.id} id={`comparison-${row.id}`} role="row">
              <th scope="row" role="rowheader">
                {topic}
              </th>
              <td role="cell">
                <Cell cell={row.iep} columnLabel={iepLabel} stateName={stateName} />
              </td>
              <td role="cell">
                <Cell cell={row.section504} columnLabel={plan504Label} stateName={stateName} />
              </td>
            </tr>
          );
          if (row.stateNote === null) return [main];
          const note = row.stateNote;
          return [
            main,
            <tr key={`${row.id}-state`} className="comparison-state-note" role="row">
              <th scope="row" role="rowheader">
                {t('comparison.stateNoteRow', { topic, state: stateName })}
              </th>
              <td role="cell" colSpan={2}>
                <p className="comparison-text">{localized(note.text, language)}</p>
                <p className="state-specific">
                  <span className="badge">{t('comparison.stateSpecific', { state: stateName })}</span>
                </p>
                <CitedSource citation={note.citation} status={note.status} sources={note.sources} />
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
