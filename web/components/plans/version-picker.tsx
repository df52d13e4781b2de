import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersion } from '../../../core/schemas/plan';
import { SelectField } from '../forms/select-field';

/** Choose two versions to compare: "from" (older) and "to" (newer). */
export function VersionPicker(props: {
  versions: readonly PlanVersion[];
  from: string;
  to: string;
  onCompare: (from: string, to: string) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const options = props.versions.map((version) => ({
    value: version.id,
    label: `${t('plan.versionN', { n: version.number })} — ${t(`plan.reason.${version.reason}`)} (${t(`plan.status.${version.status}`)})`,
  }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onCompare(from, to);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <SelectField id="compare-from" label={t('compare.from')} value={from} options={options} onChange={setFrom} />
      <SelectField id="compare-to" label={t('compare.to')} value={to} options={options} onChange={setTo} />
      <button type="submit" className="primary">
        {t('compare.submit')}
      </button>
    </form>
  );
}
