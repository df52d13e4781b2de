import { useTranslation } from 'react-i18next';
import { useJurisdictions } from '../../api/understand';
import { jurisdictionOptions } from '../../understand/jurisdiction-options';
import { SelectField } from './select-field';

/** The state whose rules apply (or federal rules only), marking states Binder has no rules for yet. */
export function JurisdictionSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  hint?: string;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const jurisdictions = useJurisdictions();
  const withoutRules = new Set(
    (jurisdictions.data ?? []).filter((item) => !item.hasEncodedRules).map((item) => item.code),
  );
  const options = jurisdictionOptions(i18n.language, withoutRules, (name) =>
    t('understand.federalRulesOnly', { name }),
  );
  return (
    <SelectField
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      value={props.value}
      options={options}
      isRequired
      onChange={props.onChange}
    />
  );
}
