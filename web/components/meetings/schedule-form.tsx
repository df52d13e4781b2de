import { useTranslation } from 'react-i18next';
import { meetingNoticeCheck } from '../../../core/case/meeting-notice';
import { MEETING_PURPOSES } from '../../../core/schemas/meeting';
import type { ScheduleFormValues } from '../../case/meeting-form-values';
import { CheckboxField } from '../forms/checkbox-field';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { SelectField } from '../forms/select-field';
import { TextField } from '../forms/text-field';
import { InviteFromDirectory } from './invite-from-directory';
import { NoticeCheckText } from './notice-check-text';

/**
 * Schedule a meeting: when, where (or remote), what for, who is invited, and the day the parent was told.
 * For an IEP meeting the notice rule is checked as the dates are typed (34 CFR 300.322; state notice days).
 */
export function ScheduleForm(
  props: FormWithProblemsProps<ScheduleFormValues> & {
    jurisdiction: string;
    today: string;
    submitLabel: string;
    idPrefix: string;
    /** With it, invited people can be picked from the child's directory of the school's people. */
    studentId?: string;
    otherActions?: React.ReactNode;
  },
) {
  const { t } = useTranslation();
  const { values, onChange, idPrefix } = props;
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = <K extends keyof ScheduleFormValues>(key: K, value: ScheduleFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  const check =
    values.date === ''
      ? null
      : meetingNoticeCheck(
          {
            date: values.date,
            framework: values.framework,
            status: 'scheduled',
            noticeDate: values.noticeDate === '' ? null : values.noticeDate,
          },
          props.jurisdiction,
          props.today,
        );
  return (
    <FormWithProblems {...props} submitLabel={props.submitLabel} otherActions={props.otherActions}>
      <div className="field-row">
        <TextField
          id={id('date')}
          type="date"
          label={t('meeting.date')}
          value={values.date}
          isRequired
          className="field-narrow"
          onChange={(value) => {
            set('date', value);
          }}
        />
        <TextField
          id={id('time')}
          type="time"
          label={t('meetingLife.time')}
          value={values.time}
          className="field-narrow"
          onChange={(value) => {
            set('time', value);
          }}
        />
        <TextField
          id={id('noticeDate')}
          type="date"
          label={t('meetingLife.noticeDate')}
          hint={t('meetingLife.noticeDateHint')}
          value={values.noticeDate}
          className="field-narrow"
          onChange={(value) => {
            set('noticeDate', value);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {check === null ? null : <NoticeCheckText check={check} />}
      </div>
      <div className="field-row">
        <TextField
          id={id('place')}
          label={t('meetingLife.place')}
          hint={t('meetingLife.placeHint')}
          value={values.place}
          onChange={(value) => {
            set('place', value);
          }}
        />
      </div>
      <CheckboxField
        id={id('isRemote')}
        label={t('meetingLife.isRemote')}
        isChecked={values.isRemote}
        onChange={(value) => {
          set('isRemote', value);
        }}
      />
      <div className="field-row">
        <SelectField
          id={id('purpose')}
          label={t('meeting.purposeLabel')}
          value={values.purpose}
          options={MEETING_PURPOSES.map((purpose) => ({ value: purpose, label: t(`meeting.purpose.${purpose}`) }))}
          onChange={(value) => {
            set('purpose', MEETING_PURPOSES.find((purpose) => purpose === value) ?? values.purpose);
          }}
        />
      </div>
      <RadioGroupField
        id={id('framework')}
        legend={t('meeting.frameworkLabel')}
        value={values.framework}
        isInline
        options={[
          { value: 'iep', label: t('plan.framework.iep') },
          { value: '504', label: t('plan.framework.504') },
        ]}
        onChange={(value) => {
          set('framework', value === '504' ? '504' : 'iep');
        }}
      />
      <fieldset className="group">
        <legend>{t('meetingLife.invited')}</legend>
        <p className="hint">{t('meetingLife.invitedHint')}</p>
        {values.invited.map((person, index) => (
          <TextField
            key={person.key}
            id={id(`invited-${String(index)}-name`)}
            label={t('meeting.memberName', { role: t(`meeting.role.${person.role}`) })}
            value={person.name}
            autoComplete="off"
            onChange={(value) => {
              set(
                'invited',
                values.invited.map((p) => (p.key === person.key ? { ...p, name: value } : p)),
              );
            }}
          />
        ))}
        {props.studentId === undefined ? null : (
          <InviteFromDirectory
            studentId={props.studentId}
            idPrefix={idPrefix}
            invited={values.invited}
            onInvite={(invited) => {
              set('invited', invited);
            }}
          />
        )}
      </fieldset>
    </FormWithProblems>
  );
}
