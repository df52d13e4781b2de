import { useTranslation } from 'react-i18next';
import type { TeamRole } from '../../../core/schemas/case-file';
import type { MemberStatus, MemberValues } from '../../case/meeting-form-values';
import type { ChecklistProblem } from '../../../core/case/team-checklist';
import { CheckboxField } from '../forms/checkbox-field';
import { ChecklistProblemText } from './checklist-problem-text';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextField } from '../forms/text-field';

const STATUSES_BY_ROLE: Readonly<Partial<Record<TeamRole, readonly MemberStatus[]>>> = {
  parent: ['attended', 'absent'],
  'evaluation-interpreter': ['attended', 'covered', 'excused', 'absent'],
  student: ['attended', 'absent', 'not-invited'],
  other: ['attended', 'absent'],
};
const DEFAULT_STATUSES: readonly MemberStatus[] = ['attended', 'excused', 'absent'];

/**
 * One member of the team: name, whether they came or were excused, and for an excusal the written
 * consent status (34 CFR 300.321(e)); for an IEP meeting, the paragraph that requires the member and
 * what is wrong, in words.
 */
export function TeamMemberRow(props: {
  index: number;
  idPrefix?: string;
  member: MemberValues;
  requirement: string | null;
  problems: readonly ChecklistProblem[];
  onChange: (member: MemberValues) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const { member, index } = props;
  const id = (field: string) => `${props.idPrefix ?? 'meeting'}-members-${String(index)}-${field}`;
  const role = t(`meeting.role.${member.role}`);
  const set = <K extends keyof MemberValues>(key: K, value: MemberValues[K]) => {
    props.onChange({ ...member, [key]: value });
  };
  return (
    <fieldset className={`item member${props.problems.length > 0 ? ' member-problem' : ''}`}>
      <legend>
        {role}
        {props.requirement === null ? null : <span className="requirement"> — {props.requirement}</span>}
      </legend>
      <TextField
        id={id('name')}
        label={t('meeting.memberName', { role })}
        value={member.name}
        autoComplete="off"
        onChange={(value) => {
          set('name', value);
        }}
      />
      <RadioGroupField
        id={id('status')}
        legend={t('meeting.memberStatus', { role })}
        value={member.status}
        isInline
        options={(STATUSES_BY_ROLE[member.role] ?? DEFAULT_STATUSES).map((status) => ({
          value: status,
          label: t(`meeting.status.${status}`),
        }))}
        onChange={(value) => {
          set('status', value as MemberStatus);
        }}
      />
      {member.status === 'excused' ? (
        <fieldset className="group">
          <legend>{t('meeting.excusalLegend', { role })}</legend>
          <CheckboxField
            id={id('parentAgreedInWriting')}
            label={t('meeting.parentAgreedInWriting')}
            isChecked={member.parentAgreedInWriting}
            onChange={(value) => {
              set('parentAgreedInWriting', value);
            }}
          />
          <CheckboxField
            id={id('areaDiscussed')}
            label={t('meeting.areaDiscussed')}
            isChecked={member.areaDiscussed}
            onChange={(value) => {
              set('areaDiscussed', value);
            }}
          />
          {member.areaDiscussed ? (
            <CheckboxField
              id={id('writtenInputProvided')}
              label={t('meeting.writtenInputProvided')}
              isChecked={member.writtenInputProvided}
              onChange={(value) => {
                set('writtenInputProvided', value);
              }}
            />
          ) : null}
        </fieldset>
      ) : null}
      {props.problems.length > 0 ? (
        <ul className="problems">
          {props.problems.map((problem) => (
            <li key={problem.kind}>
              <ChecklistProblemText problem={problem} />
            </li>
          ))}
        </ul>
      ) : null}
      {props.onRemove === undefined ? null : (
        <button type="button" className="link-button" onClick={props.onRemove}>
          {t('meeting.removeMember', { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
