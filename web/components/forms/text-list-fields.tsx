import { useTranslation } from 'react-i18next';
import { fieldId } from '../../case/field-id';
import { TextField } from './text-field';
import { useFocusAfterRender } from '../app/use-focus-after-render';

/**
 * A list of short texts (accommodations, modifications, aids, transition services, major life
 * activities): one input each, a button to add one and one to remove each.
 */
export function TextListFields(props: {
  idPrefix: string;
  path: readonly (string | number)[];
  legend: string;
  hint?: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  suggestions?: readonly string[];
  /** `date` for a list of days (a district's holidays); text by default. */
  inputType?: 'text' | 'date';
}) {
  const { t } = useTranslation();
  const focusLater = useFocusAfterRender();
  const id = (...rest: (string | number)[]) => fieldId(props.idPrefix, ...props.path, ...rest);
  const listId = props.suggestions === undefined ? undefined : id('suggestions');
  return (
    <fieldset className="group">
      <legend>{props.legend}</legend>
      {props.hint === undefined ? null : <p className="hint">{props.hint}</p>}
      {props.items.length === 0 ? <p className="muted">{t('editor.noneYet')}</p> : null}
      {listId === undefined ? null : (
        <datalist id={listId}>
          {props.suggestions?.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {props.items.map((item, index) => (
        <div key={index} className="list-item">
          <TextField
            id={id(index)}
            type={props.inputType}
            label={props.itemLabel(index + 1)}
            value={item}
            list={listId}
            onChange={(value) => {
              props.onChange(props.items.map((old, i) => (i === index ? value : old)));
            }}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              props.onChange(props.items.filter((_, i) => i !== index));
              focusLater(id('add'));
            }}
          >
            {t('editor.removeItem', { item: props.itemLabel(index + 1) })}
          </button>
        </div>
      ))}
      <button
        id={id('add')}
        type="button"
        className="secondary"
        onClick={() => {
          props.onChange([...props.items, '']);
          focusLater(id(props.items.length));
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
