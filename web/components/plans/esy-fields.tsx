import { useTranslation } from 'react-i18next';
import { ESY_DECISIONS, type IepContent } from '../../../core/schemas/iep';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextAreaField } from '../forms/text-area-field';

type Esy = IepContent['extendedSchoolYear'];

/** Extended school year services: the team's decision and why. */
export function EsyFields(props: { value: Esy; onChange: (value: Esy) => void }) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <>
      <RadioGroupField
        id="plan-extendedSchoolYear-decision"
        legend={t('iep.esy.decision')}
        value={value.decision}
        isInline
        options={ESY_DECISIONS.map((decision) => ({ value: decision, label: t(`iep.esy.option.${decision}`) }))}
        onChange={(decision) => {
          props.onChange({ ...value, decision: ESY_DECISIONS.find((d) => d === decision) ?? value.decision });
        }}
      />
      <TextAreaField
        id="plan-extendedSchoolYear-explanation"
        label={t('iep.esy.explanation')}
        value={value.explanation}
        rows={2}
        onChange={(explanation) => {
          props.onChange({ ...value, explanation });
        }}
      />
    </>
  );
}
