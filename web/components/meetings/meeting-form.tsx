import { useTranslation } from 'react-i18next';
import { MEETING_PURPOSES } from '../../../core/schemas/meeting';
import { attendeesFromForm, newMember, type MeetingFormValues } from '../../case/meeting-form-values';
import { checklistProblems, TEAM_MEMBERS } from '../../../core/case/team-checklist';
import { CheckboxField } from '../forms/checkbox-field';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { SelectField } from '../forms/select-field';
import { TeamMemberRow } from './team-member-row';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';

/**
 * Record a meeting: date, kind and purpose, the required-member checklist (34 CFR 300.321) with excusals,
 * and what was said and decided. For an IEP meeting each gap in the team is named as it is entered.
 */
export function MeetingForm(
  props: FormWithProblemsProps<MeetingFormValues> & {
    isStudentRequired: boolean;
    studentNote: string;
  },
) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  const isIep = values.framework === 'iep';
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  const teamProblems = isIep
    ? checklistProblems(attendeesFromForm(values.members), {
        isInterpreterCovered: values.members.some((m) => m.role === 'evaluation-interpreter' && m.status === 'covered'),
        isStudentRequired: props.isStudentRequired,
      })
    : [];
  return (
    <FormWithProblems {...props} submitLabel={t('meeting.save')}>
      <div className="field-row">
        <TextField
          id="meeting-date"
          type="date"
          label={t('meeting.date')}
          value={values.date}
          isRequired
          onChange={(value) => {
            set('date', value);
          }}
        />
        <SelectField
          id="meeting-purpose"
          label={t('meeting.purposeLabel')}
          value={values.purpose}
          options={MEETING_PURPOSES.map((purpose) => ({ value: purpose, label: t(`meeting.purpose.${purpose}`) }))}
          onChange={(value) => {
            set('purpose', MEETING_PURPOSES.find((purpose) => purpose === value) ?? values.purpose);
          }}
        />
      </div>
      <RadioGroupField
        id="meeting-framework"
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
      <CheckboxField
        id="meeting-isTransitionDiscussed"
        label={t('meeting.transitionDiscussed')}
        hint={props.studentNote}
        isChecked={values.isTransitionDiscussed}
        onChange={(value) => {
          set('isTransitionDiscussed', value);
        }}
      />
      <fieldset className="group">
        <legend>{t(isIep ? 'meeting.checklistIep' : 'meeting.checklist504')}</legend>
        <p className="hint">{t(isIep ? 'meeting.checklistIepHint' : 'meeting.checklist504Hint')}</p>
        <div role="status" aria-live="polite" className={teamProblems.length > 0 ? 'problem-summary' : 'ok-summary'}>
          {isIep
            ? teamProblems.length === 0
              ? t('meeting.teamComplete')
              : t('meeting.teamProblems', { count: teamProblems.length })
            : null}
        </div>
        {values.members.map((member, index) => {
          const required = TEAM_MEMBERS.find((m) => m.role === member.role);
          const isOther = member.role === 'other';
          return (
            <TeamMemberRow
              key={member.key}
              index={index}
              member={member}
              requirement={
                isIep && required !== undefined && !isOther
                  ? t('meeting.requiredBy', { citation: required.citation })
                  : null
              }
              problems={teamProblems.filter((problem) => problem.role === member.role && member.role !== 'other')}
              onChange={(next) => {
                set(
                  'members',
                  values.members.map((m) => (m.key === member.key ? next : m)),
                );
              }}
              onRemove={
                isOther
                  ? () => {
                      set(
                        'members',
                        values.members.filter((m) => m.key !== member.key),
                      );
                    }
                  : undefined
              }
            />
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            set('members', [...values.members, newMember('other', 'attended')]);
          }}
        >
          {t('meeting.addMember')}
        </button>
      </fieldset>
      <TextAreaField
        id="meeting-parentConcerns"
        label={t('meeting.parentConcerns')}
        hint={t('meeting.parentConcernsHint')}
        value={values.parentConcerns}
        onChange={(value) => {
          set('parentConcerns', value);
        }}
      />
      <TextAreaField
        id="meeting-decisions"
        label={t('meeting.decisions')}
        value={values.decisions}
        onChange={(value) => {
          set('decisions', value);
        }}
      />
    </FormWithProblems>
  );
}
