import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type ActivityPerson } from '../../../core/schemas/audit-trail';
import type { ActivityFilters as Filters } from '../../api/audit-trail';
import { SelectField } from '../forms/select-field';

function personLabel(person: ActivityPerson, t: (key: string) => string): string {
  if (person.id === 'anonymous') return t('activity.filters.anonymous');
  if (person.id === 'system') return t('activity.filters.system');
  return person.name ?? person.email ?? person.id;
}

/**
 * The activity log's filters (whose activity, which kind), applied with one button so the list does not
 * change while a person is still choosing.
 */
export function ActivityFilters({
  filters,
  people,
  onApply,
}: {
  filters: Filters;
  people: readonly ActivityPerson[];
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(filters);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form className="card activity-filters" onSubmit={submit} aria-labelledby="activity-filters-title">
      <h3 id="activity-filters-title">{t('activity.filters.title')}</h3>
      <div className="field-row">
        <SelectField
          id="activity-person"
          label={t('activity.filters.person')}
          value={values.person}
          options={[
            { value: '', label: t('activity.filters.everyone') },
            ...people.map((person) => ({ value: person.id, label: personLabel(person, t) })),
          ]}
          onChange={(person) => {
            setValues({ ...values, person });
          }}
        />
        <SelectField
          id="activity-kind"
          label={t('activity.filters.kind')}
          value={values.kind}
          options={[
            { value: '', label: t('activity.filters.anyKind') },
            ...ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activity.kinds.${kind}`) })),
          ]}
          onChange={(kind) => {
            setValues({ ...values, kind: ACTIVITY_KINDS.find((k) => k === kind) ?? '' });
          }}
        />
      </div>
      <p className="actions">
        <button type="submit" className="primary">
          {t('activity.filters.apply')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setValues({ person: '', kind: '' });
            onApply({ person: '', kind: '' });
          }}
        >
          {t('activity.filters.clear')}
        </button>
      </p>
    </form>
  );
}
