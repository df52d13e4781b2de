import { useTranslation } from 'react-i18next';
import type { Accommodation504 } from '../../../core/schemas/plan-504';
import { fieldId } from '../../case/field-id';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';

/** One 504 accommodation: what the school does and who is responsible for doing it. */
export function Accommodation504Fields(props: {
  index: number;
  numberInCategory: number;
  categoryLabel: string;
  accommodation: Accommodation504;
  onChange: (accommodation: Accommodation504) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { accommodation, index } = props;
  const id = (field: string) => fieldId('plan', 'accommodations', index, field);
  const title = t('plan504.accommodationTitle', { category: props.categoryLabel, n: props.numberInCategory });
  return (
    <fieldset className="item">
      <legend>{title}</legend>
      <TextAreaField
        id={id('description')}
        label={t('plan504.description')}
        hint={t('plan504.descriptionHint')}
        value={accommodation.description}
        rows={2}
        onChange={(description) => {
          props.onChange({ ...accommodation, description });
        }}
      />
      <TextField
        id={id('responsible')}
        label={t('plan504.responsible')}
        hint={t('plan504.responsibleHint')}
        value={accommodation.responsible}
        onChange={(responsible) => {
          props.onChange({ ...accommodation, responsible });
        }}
      />
      <button type="button" className="link-button" onClick={props.onRemove}>
        {t('editor.removeItem', { item: title })}
      </button>
    </fieldset>
  );
}
