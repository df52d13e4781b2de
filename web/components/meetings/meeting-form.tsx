import { useTranslation } from 'react-i18next';
import { MEETING_PURPOSES } from '../../../core/schemas/meeting';
import {
  attendeesFromForm,
  newFollowUp,
  newMember,
  unmarkedMembers,
  type MeetingFormValues,
} from '../../case/meeting-form-values';
import { checklistProblems, TEAM_MEMBERS } from '../../../core/case/team-checklist';
import { CheckboxField } from '../forms/checkbox-field';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { SelectField } from '../forms/select-field';
import { TeamMemberRow } from './team-member-row';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';
import { leftToRightIn } from '../../i18n/languages';

/**
 * Record a meeting: date, kind and purpose, the required-member checklist (34 CFR 300.321) with excusals,
 * and what was said and decided. For an IEP meeting each gap in the team is named as it is entered.
 */
export function MeetingForm(
  props: FormWithProblemsProps<MeetingFormValues> & {
    isStudentRequired: boolean;
    studentNote: string;
    /** What the button says (record a meeting held, or record what happened at a scheduled one). */
    submitLabel?: string;
    idPrefix?: string;
    otherActions?: React.ReactNode;
  },
) {
  const { t, i18n } = useTranslation();
  const { values, onChange } = props;
  const isIep = values.framework === 'iep';
  const prefix = props.idPrefix ?? 'meeting';
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  const unmarked = unmarkedMembers(values.members);
  const teamProblems = isIep
    ? checklistProblems(attendeesFromForm(values.members), {
        isInterpreterCovered: values.members.some((m) => m.role === 'evaluation-interpreter' && m.status === 'covered'),
        isStudentRequired: props.isStudentRequired,
      })
    : [];
  return (
    <FormWithProblems {...props} submitLabel={props.submitLabel ?? t('meeting.save')} otherActions={props.otherActions}>
      <div className="field-row">
        <TextField
          id={`${prefix}-date`}
          type="date"
          label={t('meeting.date')}
          value={values.date}
          isRequired
          onChange={(value) => {
            set('date', value);
          }}
        />
        <SelectField
          id={`${prefix}-purpose`}
          label={t('meeting.purposeLabel')}
          value={values.purpose}
          options={MEETING_PURPOSES.map((purpose) => ({ value: purpose, label: t(`meeting.purpose.${purpose}`) }))}
          onChange={(value) => {
            set('purpose', MEETING_PURPOSES.find((purpose) => purpose === value) ?? values.purpose);
          }}
        />
      </div>
      <RadioGroupField
        id={`${prefix}-framework`}
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
        id={`${prefix}-isTransitionDiscussed`}
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
        <div
          role="status"
          aria-live="polite"
          className={unmarked.length > 0 ? 'hint' : teamProblems.length > 0 ? 'problem-summary' : 'ok-summary'}
        >
          {unmarked.length > 0
            ? t('meetingLife.unmarked', { count: unmarked.length })
            : isIep
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
              idPrefix={prefix}
              member={member}
              requirement={
                isIep && required !== undefined && !isOther
                  ? t('meeting.requiredBy', { citation: leftToRightIn(i18n.language, required.citation) })
                  : null
              }
              problems={
                member.status === ''
                  ? []
                  : teamProblems.filter((problem) => problem.role === member.role && member.role !== 'other')
              }
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
        id={`${prefix}-parentConcerns`}
        label={t('meeting.parentConcerns')}
        hint={t('meeting.parentConcernsHint')}
        value={values.parentConcerns}
        onChange={(value) => {
          set('parentConcerns', value);
        }}
      />
      <TextAreaField
        id={`${prefix}-decisions`}
        label={t('meeting.decisions')}
        hint={t('meetingLife.onePerLine')}
        value={values.decisions}
        onChange={(value) => {
          set('decisions', value);
        }}
      />
      <TextAreaField
        id={`${prefix}-notes`}
        label={t('meetingLife.notes')}
        hint={t('meetingLife.notesHint')}
        value={values.notes}
        onChange={(value) => {
          set('notes', value);
        }}
      />
      <fieldset className="group">
        <legend>{t('meetingLife.actionItems')}</legend>
        <p className="hint">{t('meetingLife.actionItemsHint')}</p>
        {values.followUps.map((item, index) => {
          const n = String(index + 1);
          const change = (next: Partial<typeof item>) => {
            set(
              'followUps',
              values.followUps.map((f) => (f.key === item.key ? { ...f, ...next } : f)),
            );
          };
          return (
            <fieldset key={item.key} className="item">
              <legend>{t('meetingLife.actionItem', { n })}</legend>
              <div className="field-row">
                <TextField
                  id={`${prefix}-followUps-${String(index)}-text`}
                  label={t('meetingLife.actionWhat', { n })}
                  value={item.text}
                  onChange={(value) => {
                    change({ text: value });
                  }}
                />
                <TextField
                  id={`${prefix}-followUps-${String(index)}-owner`}
                  label={t('meetingLife.actionWho', { n })}
                  value={item.owner}
                  autoComplete="off"
                  onChange={(value) => {
                    change({ owner: value });
                  }}
                />
                <TextField
                  id={`${prefix}-followUps-${String(index)}-due`}
                  type="date"
                  label={t('meetingLife.actionDue', { n })}
                  value={item.due}
                  className="field-narrow"
                  onChange={(value) => {
                    change({ due: value });
                  }}
                />
              </div>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  set(
                    'followUps',
                    values.followUps.filter((f) => f.key !== item.key),
                  );
                }}
              >
                {t('meetingLife.removeActionItem', { n })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            set('followUps', [...values.followUps, newFollowUp()]);
          }}
        >
          {t('meetingLife.addActionItem')}
        </button>
      </fieldset>
      <TextAreaField
        id={`${prefix}-refusals`}
        label={t('meetingLife.refusals')}
        hint={t('meetingLife.refusalsHint')}
        value={values.refusals}
        rows={3}
        onChange={(value) => {
          set('refusals', value);
        }}
      />
    </FormWithProblems>
  );
}
