import { useTranslation } from 'react-i18next';
import { ASSESSMENT_PARTICIPATION, type IepContent } from '../../../core/schemas/iep';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextAreaField } from '../forms/text-area-field';
import { TextListFields } from '../forms/text-list-fields';

type Assessments = IepContent['assessments'];

/** How the child takes state and district tests (34 CFR 300.320(a)(6)). */
export function AssessmentFields(props: { value: Assessments; onChange: (value: Assessments) => void }) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <>
      <RadioGroupField
        id="plan-assessments-participation"
        legend={t('iep.assessments.participation')}
        value={value.participation}
        options={ASSESSMENT_PARTICIPATION.map((option) => ({
          value: option,
          label: t(`iep.assessments.option.${option}`),
        }))}
        onChange={(participation) => {
          props.onChange({
            ...value,
            participation: ASSESSMENT_PARTICIPATION.find((option) => option === participation) ?? value.participation,
          });
        }}
      />
      {value.participation === 'general-with-accommodations' || value.accommodations.length > 0 ? (
        <TextListFields
          idPrefix="plan"
          path={['assessments', 'accommodations']}
          legend={t('iep.assessments.accommodations')}
          itemLabel={(n) => t('iep.assessments.accommodationN', { n })}
          addLabel={t('iep.assessments.addAccommodation')}
          items={value.accommodations}
          onChange={(accommodations) => {
            props.onChange({ ...value, accommodations });
          }}
        />
      ) : null}
      {value.participation === 'alternate' || value.alternateJustification !== '' ? (
        <TextAreaField
          id="plan-assessments-alternateJustification"
          label={t('iep.assessments.alternateJustification')}
          hint={t('iep.assessments.alternateHint')}
          value={value.alternateJustification}
          onChange={(alternateJustification) => {
            props.onChange({ ...value, alternateJustification });
          }}
        />
      ) : null}
    </>
  );
}
