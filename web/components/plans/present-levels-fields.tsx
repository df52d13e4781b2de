import { useTranslation } from 'react-i18next';
import type { IepContent } from '../../../core/schemas/iep';
import { PresentLevelsFeedback } from './present-levels-feedback';
import { TextAreaField } from '../forms/text-area-field';

type PresentLevels = IepContent['presentLevels'];

/** Present levels of academic achievement and functional performance (34 CFR 300.320(a)(1)). */
export function PresentLevelsFields(props: { value: PresentLevels; onChange: (value: PresentLevels) => void }) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <>
      <TextAreaField
        id="plan-presentLevels-academic"
        label={t('iep.presentLevels.academic')}
        hint={t('iep.presentLevels.academicHint')}
        value={value.academic}
        onChange={(academic) => {
          props.onChange({ ...value, academic });
        }}
      />
      <PresentLevelsFeedback
        id="plan-presentLevels-check"
        text={[value.academic, value.functional, value.disabilityImpact].join('\n')}
      />
      <TextAreaField
        id="plan-presentLevels-functional"
        label={t('iep.presentLevels.functional')}
        hint={t('iep.presentLevels.functionalHint')}
        value={value.functional}
        onChange={(functional) => {
          props.onChange({ ...value, functional });
        }}
      />
      <TextAreaField
        id="plan-presentLevels-disabilityImpact"
        label={t('iep.presentLevels.disabilityImpact')}
        hint={t('iep.presentLevels.disabilityImpactHint')}
        value={value.disabilityImpact}
        onChange={(disabilityImpact) => {
          props.onChange({ ...value, disabilityImpact });
        }}
      />
    </>
  );
}
