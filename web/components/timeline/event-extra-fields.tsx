import { useTranslation } from 'react-i18next';
import { IEP_MEETING_PURPOSES, NOTICE_SUBJECTS, SCHEDULED_MEETING_KINDS } from '../../../core/schemas/case-file';
import { extraFieldsOf, type EventFormValues } from '../../case/event-form-values';
import { CheckboxField } from '../forms/checkbox-field';
import { RadioGroupField } from '../forms/radio-group-field';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';

/** The fields a chosen event type has beyond its date (who asked, eligible or not, which plan, …). */
export function EventExtraFields(props: {
  values: EventFormValues;
  onChange: (values: EventFormValues) => void;
  /** Starts every field's id (`event`; another for a second form on the page). */
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const extras = extraFieldsOf(values.type);
  const prefix = props.idPrefix ?? 'event';
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  return (
    <>
      {extras.includes('by') ? (
        <RadioGroupField
          id={`${prefix}-by`}
          legend={t('event.field.by')}
          value={values.by}
          isInline
          options={[
            { value: 'parent', label: t('event.field.byParent') },
            { value: 'school', label: t('event.field.bySchool') },
          ]}
          onChange={(value) => {
            set('by', value === 'school' ? 'school' : 'parent');
          }}
        />
      ) : null}
      {extras.includes('noticeSubject') ? (
        <RadioGroupField
          id={`${prefix}-notice-subject`}
          legend={t('event.field.noticeSubject')}
          value={values.noticeSubject}
          options={[
            { value: '', label: t('event.field.noticeSubjectUnsaid') },
            { value: 'evaluation', label: t('event.field.noticeSubjectEvaluation') },
            { value: 'iep', label: t('event.field.noticeSubjectIep') },
            { value: 'placement', label: t('event.field.noticeSubjectPlacement') },
            { value: 'other', label: t('event.field.noticeSubjectOther') },
          ]}
          onChange={(value) => {
            set('noticeSubject', NOTICE_SUBJECTS.find((subject) => subject === value) ?? '');
          }}
        />
      ) : null}
      {extras.includes('oral') ? (
        <CheckboxField
          id={`${prefix}-oral`}
          label={t('event.field.oral')}
          hint={t('event.field.oralHint')}
          isChecked={values.isOral}
          onChange={(value) => {
            set('isOral', value);
          }}
        />
      ) : null}
      {extras.includes('evaluationKind') ? (
        <RadioGroupField
          id={`${prefix}-kind`}
          legend={t('event.field.evaluationKind')}
          value={values.evaluationKind}
          isInline
          options={[
            { value: 'initial', label: t('event.field.initial') },
            { value: 'reevaluation', label: t('event.field.reevaluation') },
          ]}
          onChange={(value) => {
            set('evaluationKind', value === 'reevaluation' ? 'reevaluation' : 'initial');
          }}
        />
      ) : null}
      {extras.includes('eligibility') ? (
        <>
          <RadioGroupField
            id={`${prefix}-framework`}
            legend={t('event.field.eligibilityFramework')}
            value={values.eligibilityFramework}
            options={[
              { value: 'idea', label: t('event.field.idea') },
              { value: '504', label: t('event.field.section504') },
            ]}
            onChange={(value) => {
              set('eligibilityFramework', value === '504' ? '504' : 'idea');
            }}
          />
          <RadioGroupField
            id={`${prefix}-eligible`}
            legend={t('event.field.eligible')}
            value={values.isEligible}
            isInline
            options={[
              { value: 'yes', label: t('event.field.eligibleYes') },
              { value: 'no', label: t('event.field.eligibleNo') },
            ]}
            onChange={(value) => {
              set('isEligible', value === 'no' ? 'no' : 'yes');
            }}
          />
        </>
      ) : null}
      {extras.includes('meeting') ? (
        <>
          <SelectField
            id={`${prefix}-purpose`}
            label={t('event.field.meetingPurpose')}
            hint={t('event.field.meetingHint')}
            value={values.meetingPurpose}
            options={IEP_MEETING_PURPOSES.map((purpose) => ({
              value: purpose,
              label: t(`meeting.purpose.${purpose}`),
            }))}
            onChange={(value) => {
              set('meetingPurpose', IEP_MEETING_PURPOSES.find((purpose) => purpose === value) ?? 'initial');
            }}
          />
          <CheckboxField
            id={`${prefix}-transition`}
            label={t('event.field.transition')}
            isChecked={values.isTransition}
            onChange={(value) => {
              set('isTransition', value);
            }}
          />
        </>
      ) : null}
      {extras.includes('planFramework') ? (
        <RadioGroupField
          id={`${prefix}-planFramework`}
          legend={t('event.field.planFramework')}
          value={values.planFramework}
          isInline
          options={[
            { value: 'iep', label: t('plan.framework.iep') },
            { value: '504', label: t('plan.framework.504') },
          ]}
          onChange={(value) => {
            set('planFramework', value === '504' ? '504' : 'iep');
          }}
        />
      ) : null}
      {extras.includes('scheduled') ? (
        <>
          <TextField
            id={`${prefix}-meetingDate`}
            type="date"
            label={t('event.field.meetingDate')}
            value={values.meetingDate}
            isRequired
            onChange={(value) => {
              set('meetingDate', value);
            }}
          />
          <SelectField
            id={`${prefix}-meetingKind`}
            label={t('event.field.meetingKind')}
            value={values.meetingKind}
            options={SCHEDULED_MEETING_KINDS.map((kind) => ({
              value: kind,
              label: t(`event.field.meetingKindOption.${kind}`),
            }))}
            onChange={(value) => {
              set('meetingKind', SCHEDULED_MEETING_KINDS.find((kind) => kind === value) ?? 'iep');
            }}
          />
          {values.meetingKind === 'iep' ? (
            <RadioGroupField
              id="event-scheduled-purpose"
              legend={t('event.field.scheduledPurpose')}
              value={values.scheduledPurpose}
              options={[
                { value: '', label: t('event.field.noticeSubjectUnsaid') },
                ...IEP_MEETING_PURPOSES.map((purpose) => ({ value: purpose, label: t(`meeting.purpose.${purpose}`) })),
              ]}
              onChange={(value) => {
                set('scheduledPurpose', IEP_MEETING_PURPOSES.find((purpose) => purpose === value) ?? '');
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
