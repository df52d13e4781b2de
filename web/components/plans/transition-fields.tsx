import { useTranslation } from 'react-i18next';
import type { IepContent } from '../../../core/schemas/iep';
import { CheckboxField } from '../forms/checkbox-field';
import { TextAreaField } from '../forms/text-area-field';
import { TextListFields } from '../forms/text-list-fields';

type Transition = IepContent['transition'];

const EMPTY_TRANSITION: NonNullable<Transition> = {
  postsecondaryGoals: { education: '', employment: '', independentLiving: '' },
  services: [],
  courseOfStudy: '',
};

/** Postsecondary goals and transition services (34 CFR 300.320(b)); `ageNote` says from when they are due. */
export function TransitionFields(props: { value: Transition; ageNote: string; onChange: (value: Transition) => void }) {
  const { t } = useTranslation();
  const { value } = props;
  return (
    <>
      <CheckboxField
        id="plan-transition-included"
        label={t('iep.transition.included')}
        hint={props.ageNote}
        isChecked={value !== null}
        onChange={(isChecked) => {
          props.onChange(isChecked ? EMPTY_TRANSITION : null);
        }}
      />
      {value === null ? null : (
        <>
          <TextAreaField
            id="plan-transition-postsecondaryGoals-education"
            label={t('iep.transition.education')}
            rows={2}
            value={value.postsecondaryGoals.education}
            onChange={(education) => {
              props.onChange({ ...value, postsecondaryGoals: { ...value.postsecondaryGoals, education } });
            }}
          />
          <TextAreaField
            id="plan-transition-postsecondaryGoals-employment"
            label={t('iep.transition.employment')}
            rows={2}
            value={value.postsecondaryGoals.employment}
            onChange={(employment) => {
              props.onChange({ ...value, postsecondaryGoals: { ...value.postsecondaryGoals, employment } });
            }}
          />
          <TextAreaField
            id="plan-transition-postsecondaryGoals-independentLiving"
            label={t('iep.transition.independentLiving')}
            rows={2}
            value={value.postsecondaryGoals.independentLiving}
            onChange={(independentLiving) => {
              props.onChange({ ...value, postsecondaryGoals: { ...value.postsecondaryGoals, independentLiving } });
            }}
          />
          <TextListFields
            idPrefix="plan"
            path={['transition', 'services']}
            legend={t('iep.transition.services')}
            itemLabel={(n) => t('iep.transition.serviceN', { n })}
            addLabel={t('iep.transition.addService')}
            items={value.services}
            onChange={(services) => {
              props.onChange({ ...value, services });
            }}
          />
          <TextAreaField
            id="plan-transition-courseOfStudy"
            label={t('iep.transition.courseOfStudy')}
            rows={2}
            value={value.courseOfStudy}
            onChange={(courseOfStudy) => {
              props.onChange({ ...value, courseOfStudy });
            }}
          />
        </>
      )}
    </>
  );
}
