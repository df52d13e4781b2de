import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamRole } from '../../../core/schemas/case-file';
import { inviteToMeeting, TEAM_ROLE_OF_SCHOOL_PERSON } from '../../../core/case/school-person-team-role';
import { useSchoolPeople } from '../../api/school-people';
import type { ScheduleFormValues } from '../../case/meeting-form-values';
import { randomId } from '../../case/random-id';
import { SelectField } from '../forms/select-field';

/**
 * Invites someone from the child's directory of the school's people: the person's name and the meeting role their
 * directory role suggests (which the parent can change) fill an invited row, so the required-team check counts
 * them in that role. Plain selects and a button: usable by keyboard, and the result is announced.
 */
export function InviteFromDirectory({
  studentId,
  idPrefix,
  invited,
  onInvite,
}: {
  studentId: string;
  idPrefix: string;
  invited: ScheduleFormValues['invited'];
  onInvite: (invited: ScheduleFormValues['invited']) => void;
}) {
  const { t } = useTranslation();
  const people = useSchoolPeople(studentId);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<TeamRole>('other');
  const [said, setSaid] = useState('');
  const list = people.data ?? [];
  if (list.length === 0) return null;
  const person = list.find((candidate) => candidate.id === personId);
  return (
    <div className="invite-from-directory">
      <div className="field-row">
        <SelectField
          id={`${idPrefix}-invite-person`}
          label={t('followups.meetingInvite.person')}
          hint={t('followups.meetingInvite.personHint')}
          value={personId}
          options={[
            { value: '', label: t('followups.meetingInvite.none') },
            ...list.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.name} — ${t(`schoolPeople.roles.${candidate.role}`)}`,
            })),
          ]}
          onChange={(id) => {
            setPersonId(id);
            const chosen = list.find((candidate) => candidate.id === id);
            if (chosen !== undefined) setRole(TEAM_ROLE_OF_SCHOOL_PERSON[chosen.role]);
          }}
        />
        <SelectField
          id={`${idPrefix}-invite-role`}
          label={t('followups.meetingInvite.role')}
          value={role}
          options={TEAM_ROLES.filter((r) => r !== 'parent' && r !== 'student').map((r) => ({
            value: r,
            label: t(`meeting.role.${r}`),
          }))}
          onChange={(value) => {
            setRole(TEAM_ROLES.find((r) => r === value) ?? 'other');
          }}
        />
      </div>
      <button
        type="button"
        className="secondary"
        disabled={person === undefined}
        onClick={() => {
          if (person === undefined) return;
          onInvite(
            inviteToMeeting(invited, { name: person.name, role }, (rowRole, name) => ({
              key: randomId(),
              role: rowRole,
              name,
            })),
          );
          setSaid(t('followups.meetingInvite.invited', { name: person.name, role: t(`meeting.role.${role}`) }));
          setPersonId('');
        }}
      >
        {t('followups.meetingInvite.invite')}
      </button>
      <p role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
