import { useTranslation } from 'react-i18next';
import { eventTypeGroups } from '../../case/event-type-groups';
import { describedBy, FieldFrame } from '../forms/field-frame';
import { useFieldError } from '../forms/field-errors-context';

/** The event type, as plain words grouped by what they are about. */
export function EventTypeSelect(props: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const error = useFieldError(props.id, undefined);
  const hint = t('event.typeHint');
  return (
    <FieldFrame id={props.id} label={t('event.typeLabel')} hint={hint} error={error} isRequired>
      <select
        id={props.id}
        value={props.value}
        aria-required
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(props.id, hint, error)}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">{t('event.chooseType')}</option>
        {eventTypeGroups().map((group) => (
          <optgroup key={group.id} label={t(`event.group.${group.id}`)}>
            {group.types.map((type) => (
              <option key={type} value={type}>
                {t(`event.type.${type}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}
