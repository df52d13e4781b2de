import { useTranslation } from 'react-i18next';
import type { IepContent } from '../../../core/schemas/iep';
import { NumberField } from '../forms/number-field';
import { TextAreaField } from '../forms/text-area-field';

type Lre = IepContent['leastRestrictiveEnvironment'];

/** Time with non-disabled peers and why any of the day is spent apart (34 CFR 300.320(a)(5)). */
export function LreFields(props: {
  value: Lre;
  onChange: (value: Lre) => void;
  onValidityChange: (id: string, invalidLabel: string | null) => void;
}) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <>
      <NumberField
        id="plan-leastRestrictiveEnvironment-percentInGeneralClass"
        label={t('iep.lre.percent')}
        hint={t('iep.lre.percentHint')}
        value={value.percentInGeneralClass}
        min={0}
        max={100}
        className="field-narrow"
        onValidityChange={props.onValidityChange}
        onChange={(percentInGeneralClass) => {
          props.onChange({ ...value, percentInGeneralClass });
        }}
      />
      <TextAreaField
        id="plan-leastRestrictiveEnvironment-explanation"
        label={t('iep.lre.explanation')}
        hint={t('iep.lre.explanationHint')}
        value={value.explanation}
        onChange={(explanation) => {
          props.onChange({ ...value, explanation });
        }}
      />
    </>
  );
}
