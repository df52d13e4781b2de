import { useTranslation } from 'react-i18next';
import { calendarFieldId, calendarFieldLabel } from '../../case/calendar-form-issues';
import { emptyDateRangeRow, type DateRangeRow } from '../../case/calendar-form-values';
import { TextField } from './text-field';
import { useFocusAfterRender } from '../app/use-focus-after-render';

/**
 * A list of first-and-last-day rows of the school calendar (terms, or closed days and ranges): two date
 * inputs a row whose labels name the row ("Term 2, first day"), a button to remove each row and one to add a
 * row. Focus goes to the new row's first day after "Add", and to the add button after "Remove".
 */
export function DateRangeRows(props: {
  list: 'terms' | 'closed';
  rows: readonly DateRangeRow[];
  onChange: (rows: DateRangeRow[]) => void;
}) {
  const { t } = useTranslation();
  const focusLater = useFocusAfterRender();
  const { list, rows } = props;
  const groupId = calendarFieldId.group(list);
  const addId = `${groupId}-add`;
  const set = (index: number, part: 'start' | 'end', value: string) => {
    props.onChange(rows.map((row, i) => (i === index ? { ...row, [part]: value } : row)));
  };
  return (
    <fieldset id={groupId} className="group" aria-describedby={`${groupId}-hint`}>
      <legend>{t(`calendar.${list}.legend`)}</legend>
      <p id={`${groupId}-hint`} className="hint">
        {t(`calendar.${list}.hint`)}
      </p>
      {rows.length === 0 ? <p className="muted">{t('editor.noneYet')}</p> : null}
      {rows.map((row, index) => (
        <div key={row.key} className="list-item date-range-row">
          {(['start', 'end'] as const).map((part) => (
            <TextField
              key={part}
              id={calendarFieldId.range(list, index, part)}
              type="date"
              label={calendarFieldLabel(t, list, index, part)}
              value={row[part]}
              className="field-narrow"
              onChange={(value) => {
                set(index, part, value);
              }}
            />
          ))}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              props.onChange(rows.filter((_, i) => i !== index));
              focusLater(addId);
            }}
          >
            {t(`calendar.${list}.remove`, { n: index + 1 })}
          </button>
        </div>
      ))}
      <button
        id={addId}
        type="button"
        className="secondary"
        onClick={() => {
          props.onChange([...rows, emptyDateRangeRow()]);
          focusLater(calendarFieldId.range(list, rows.length, 'start'));
        }}
      >
        {t(`calendar.${list}.add`)}
      </button>
    </fieldset>
  );
}
