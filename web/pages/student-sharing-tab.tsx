import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useSession } from '../api/session';
import { useAccessList, useCancelInvitation, useCreateInvitation, useRemoveAccess } from '../api/sharing';
import type { AccessGrant, CreatedInvitation } from '../../core/schemas/sharing';
import { useStudent } from '../api/students';
import { accountFormProblems } from '../case/account-issues';
import { fieldProblem, NO_PROBLEMS, type FormProblems } from '../case/form-problems';
import { InvitationLink } from '../components/sharing/invitation-link';
import { InvitationList } from '../components/sharing/invitation-list';
import { InviteForm, type InviteFormValues } from '../components/sharing/invite-form';
import { PeopleWithAccess } from '../components/sharing/people-with-access';
import { SectionTitle } from '../components/app/section-title';
import { useFocusAfterRender } from '../components/app/use-focus-after-render';
import { StudentSectionGate } from './student-section-gate';
import { useStudentId } from './student-page';
import { readingLanguageOf } from '../i18n/languages';

const EMPTY_INVITE: InviteFormValues = { role: '', note: '', email: '' };

/** Sharing: who can open the record, the invitation links, and inviting someone. The family only. */
export function StudentSharingTab() {
  return (
    <StudentSectionGate tab="sharing" need="canManageSharing">
      <SharingContent />
    </StudentSectionGate>
  );
}

function SharingContent() {
  const { t, i18n } = useTranslation();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  const session = useSession();
  const access = useAccessList(studentId);
  const removeAccess = useRemoveAccess(studentId);
  const cancelInvitation = useCancelInvitation(studentId);
  const createInvitation = useCreateInvitation(studentId);
  const focusAfterRender = useFocusAfterRender();
  const [confirmingGrantId, setConfirmingGrantId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [invite, setInvite] = useState<InviteFormValues>(EMPTY_INVITE);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [problemKey, setProblemKey] = useState(0);
  const [newInvitation, setCreatedInvitation] = useState<CreatedInvitation | null>(null);
  const childName = student.data?.givenName ?? '';

  const remove = (person: AccessGrant) => {
    setMessage(null);
    removeAccess.mutate(person.grantId, {
      onSuccess: () => {
        setConfirmingGrantId(null);
        setMessage({ text: t('sharing.removed', { name: person.name, child: childName }), isError: false });
        focusAfterRender('people-title');
      },
      onError: (error) => {
        setMessage({ text: t('sharing.removeFailed', { message: error.message }), isError: true });
      },
    });
  };

  const submitInvite = () => {
    setMessage(null);
    if (invite.role === '') {
      setProblems(fieldProblem('invite-role', t('sharing.roleLegend'), t('sharing.roleRequired')));
      setProblemKey((n) => n + 1);
      return;
    }
    const note = invite.note.trim();
    const email = invite.email.trim();
    createInvitation.mutate(
      {
        role: invite.role,
        ...(note === '' ? {} : { note }),
        // The invitation mail is worded in all five reading languages; it goes in the inviter's page language.
        ...(email === '' ? {} : { email, language: readingLanguageOf(i18n.language) }),
      },
      {
        onSuccess: (created) => {
          setProblems(NO_PROBLEMS);
          setInvite(EMPTY_INVITE);
          setCreatedInvitation(created);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            const labels = { role: t('sharing.roleLegend'), note: t('sharing.note'), email: t('mail.invite.email') };
            setProblems(accountFormProblems(error.issues, 'invite', labels, 'role', t));
            setProblemKey((n) => n + 1);
          } else {
            setMessage({ text: t('sharing.inviteFailed', { message: error.message }), isError: true });
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="sharing-title">
      <SectionTitle id="sharing-title">{t('student.tabs.sharing')}</SectionTitle>
      <p>{t('sharing.intro', { name: childName })}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
        {access.isError ? <p className="error">{access.error.message}</p> : null}
      </div>
      <section aria-labelledby="people-title">
        <h3 id="people-title" tabIndex={-1}>
          {t('sharing.peopleTitle')}
        </h3>
        {access.data === undefined ? (
          <p>{t('children.loading')}</p>
        ) : (
          <PeopleWithAccess
            people={access.data.people}
            currentUserId={session.data?.user?.id ?? null}
            childName={childName}
            confirmingGrantId={confirmingGrantId}
            isRemoving={removeAccess.isPending}
            onAskRemove={setConfirmingGrantId}
            onConfirmRemove={remove}
            onCancelRemove={(grantId) => {
              setConfirmingGrantId(null);
              focusAfterRender(`remove-${grantId}`);
            }}
          />
        )}
      </section>
      <section className="card" aria-labelledby="invite-title">
        <h3 id="invite-title" tabIndex={-1}>
          {t('sharing.inviteTitle')}
        </h3>
        <p>{t('sharing.inviteIntro', { name: childName })}</p>
        {newInvitation === null ? (
          <InviteForm
            values={invite}
            onChange={setInvite}
            onSubmit={submitInvite}
            isSubmitting={createInvitation.isPending}
            problems={problems}
            problemKey={problemKey}
          />
        ) : (
          <InvitationLink
            invitation={newInvitation}
            onDone={() => {
              setCreatedInvitation(null);
              focusAfterRender('invite-title');
            }}
          />
        )}
      </section>
      <section aria-labelledby="invitations-title">
        <h3 id="invitations-title" tabIndex={-1}>
          {t('sharing.invitationsTitle')}
        </h3>
        {access.data === undefined ? null : (
          <InvitationList
            invitations={access.data.invitations}
            cancellingId={cancelInvitation.isPending ? cancelInvitation.variables : null}
            onCancel={(invitation) => {
              setMessage(null);
              cancelInvitation.mutate(invitation.id, {
                onSuccess: () => {
                  setMessage({ text: t('sharing.cancelled'), isError: false });
                  focusAfterRender('invitations-title');
                },
                onError: (error) => {
                  setMessage({ text: t('sharing.cancelFailed', { message: error.message }), isError: true });
                },
              });
            }}
          />
        )}
      </section>
    </section>
  );
}
