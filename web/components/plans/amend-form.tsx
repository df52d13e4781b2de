import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionReason } from '../../../core/schemas/plan';
import { SelectField } from '../forms/select-field';

const REASONS = ['amendment', 'annual', 'reevaluation'] as const satisfies readonly VersionReason[];

/** "Amend": why a new version is made; the new draft starts as a copy of the latest version. */
export function AmendForm(props: { idPrefix: string; isPending: boolean; onAmend: (reason: VersionReason) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<VersionReason>('amendment');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onAmend(reason);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <SelectField
        id={`${props.idPrefix}-amend-reason`}
        label={t('plan.amendReason')}
        hint={t('plan.amendHint')}
        value={reason}
        options={REASONS.map((value) => ({ value, label: t(`plan.reason.${value}`) }))}
        onChange={(value) => {
          setReason(value as VersionReason);
        }}
      />
      <button type="submit" className="primary" disabled={props.isPending}>
        {t('plan.amend')}
      </button>
    </form>
  );
}
