import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetingNoticeCheck } from '../../../core/case/meeting-notice';
import type { Meeting } from '../../../core/schemas/meeting';
import { meetingCalendarUrl } from '../../api/calendar-feeds';
import { ApiError } from '../../api/client';
import { useReviseMeeting } from '../../api/meetings';
import { formIssues } from '../../case/api-issues';
import { NO_PROBLEMS, type FormProblems } from '../../case/form-problems';
import {
  heldFormFor,
  inputOfMeeting,
  meetingInputFromForm,
  scheduleInputFromForm,
  type MeetingFormValues,
  type ScheduleFormValues,
} from '../../case/meeting-form-values';
import { formatDate } from '../../i18n/format-date';
import { FormWithProblems } from '../forms/form-with-problems';
import { TextAreaField } from '../forms/text-area-field';
import { MeetingForm } from './meeting-form';
import { MeetingPrepPanel } from './meeting-prep-panel';
import { NoticeCheckText } from './notice-check-text';
import { ScheduleForm } from './schedule-form';

/** Who must be invited, given the form's date and whether transition is discussed (the tab works it out). */
export type StudentRule = (values: Pick<MeetingFormValues, 'date' | 'framework' | 'isTransitionDiscussed'>) => {
  readonly isStudentRequired: boolean;
  readonly studentNote: string;
};

export interface MeetingListProps {
  readonly meetings: readonly Meeting[];
  readonly canEdit: boolean;
  readonly jurisdiction: string;
  readonly today: string;
  readonly studentRule: StudentRule;
  readonly onMessage: (message: string) => void;
}

/** Meetings, newest first, each with where it is in its life and what can be done next. */
export function MeetingList(props: MeetingListProps) {
  const { t } = useTranslation();
  if (props.meetings.length === 0) return <p>{t('meeting.none')}</p>;
  return (
    <ul className="item-list">
      {props.meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} {...props} />
      ))}
    </ul>
  );
}

type Mode = 'none' | 'prep' | 'held' | 'move' | 'cancel';

interface Attempt {
  readonly problems: FormProblems;
  readonly attempt: number;
}

function MeetingCard(props: MeetingListProps & { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { meeting } = props;
  const revise = useReviseMeeting(meeting.studentId);
  const [mode, setMode] = useState<Mode>('none');
  const [held, setHeld] = useState<MeetingFormValues>(() => heldFormFor(meeting));
  const [moved, setMoved] = useState<ScheduleFormValues | null>(null);
  const [cancelReason, setCancelReason] = useState('');
  const [problems, setProblems] = useState<Attempt>({ problems: NO_PROBLEMS, attempt: 0 });
  const prefix = `m-${meeting.id}`;

  const people = (list: Meeting['attendees']) =>
    list.length === 0
      ? t('meeting.nobody')
      : list
          .map((a) => (a.name === '' ? t(`meeting.role.${a.role}`) : `${a.name} (${t(`meeting.role.${a.role}`)})`))
          .join(', ');
  const came = meeting.attendees.filter((a) => a.attended);
  const excused = meeting.attendees.filter((a) => !a.attended && a.excusal !== null);
  const absent = meeting.attendees.filter((a) => !a.attended && a.excusal === null);
  const notice = meetingNoticeCheck(meeting, props.jurisdiction, props.today);
  const heading = `${formatDate(meeting.date, i18n.language)}${meeting.time === null ? '' : `, ${meeting.time}`} — ${t(
    `meeting.purpose.${meeting.purpose}`,
  )} (${t(`plan.framework.${meeting.framework}`)})`;

  const open = (next: Mode) => {
    setProblems({ problems: NO_PROBLEMS, attempt: 0 });
    if (next === 'held') setHeld(heldFormFor(meeting));
    if (next === 'move') {
      setMoved({
        date: meeting.date,
        time: meeting.time ?? '',
        place: meeting.place,
        isRemote: meeting.isRemote,
        framework: meeting.framework,
        purpose: meeting.purpose,
        noticeDate: meeting.noticeDate ?? '',
        invited: meeting.invited.map((person, index) => ({ key: String(index), ...person })),
      });
    }
    setMode(mode === next ? 'none' : next);
  };

  const save = (input: ReturnType<typeof inputOfMeeting>, fields: Record<string, string>, message: string) => {
    revise.mutate(
      { id: meeting.id, input },
      {
        onSuccess: () => {
          setProblems({ problems: NO_PROBLEMS, attempt: 0 });
          setMode('none');
          props.onMessage(message);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            setProblems((previous) => ({
              problems: formIssues(error.issues, prefix, fields, 'date', t),
              attempt: previous.attempt + 1,
            }));
          } else props.onMessage(t('meeting.saveFailed', { message: error.message }));
        },
      },
    );
  };
  const heldFields = {
    date: t('meeting.date'),
    decisions: t('meeting.decisions'),
    notes: t('meetingLife.notes'),
    followUps: t('meetingLife.actionItems'),
    refusals: t('meetingLife.refusals'),
    attendees: t('meeting.checklistIep'),
  };
  const letterLink = (kind: string, refusal?: number) => {
    const params = new URLSearchParams({ student: meeting.studentId, kind, meeting: meeting.id });
    if (refusal !== undefined) params.set('refusal', String(refusal));
    return `/letters?${params.toString()}`;
  };
  const rule = props.studentRule(held);

  return (
    <li className="card" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>
        {heading} <span className={`badge status-${meeting.status}`}>{t(`meetingLife.status.${meeting.status}`)}</span>
      </h4>
      <p className="add-to-calendar">
        <a
          href={meetingCalendarUrl(meeting.id, i18n.language)}
          download
          aria-label={t('feeds.addMeetingLabel', { date: formatDate(meeting.date, i18n.language) })}
        >
          {t('feeds.addMeeting')}
        </a>
      </p>
      <dl className="facts">
        {meeting.place === '' && !meeting.isRemote ? null : (
          <div>
            <dt>{t('meetingLife.place')}</dt>
            <dd>
              {[meeting.place, meeting.isRemote ? t('meetingLife.remote') : ''].filter((p) => p !== '').join(' — ')}
            </dd>
          </div>
        )}
        {meeting.status === 'scheduled' && meeting.invited.length > 0 ? (
          <div>
            <dt>{t('meetingLife.invited')}</dt>
            <dd>{people(meeting.invited.map((person) => ({ ...person, attended: true, excusal: null })))}</dd>
          </div>
        ) : null}
        {meeting.status === 'held' ? (
          <>
            <div>
              <dt>{t('meeting.came')}</dt>
              <dd>{people(came)}</dd>
            </div>
            {excused.length > 0 ? (
              <div>
                <dt>{t('meeting.wereExcused')}</dt>
                <dd>
                  {excused
                    .map(
                      (a) =>
                        `${a.name === '' ? t(`meeting.role.${a.role}`) : `${a.name} (${t(`meeting.role.${a.role}`)})`}: ${t(
                          a.excusal?.parentAgreedInWriting === true
                            ? 'meeting.agreedInWriting'
                            : 'meeting.noWrittenAgreement',
                        )}`,
                    )
                    .join('; ')}
                </dd>
              </div>
            ) : null}
            {absent.length > 0 ? (
              <div>
                <dt>{t('meeting.didNotCome')}</dt>
                <dd>{people(absent)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('meeting.transitionDiscussedShort')}</dt>
              <dd>{t(meeting.isTransitionDiscussed ? 'form.yes' : 'form.no')}</dd>
            </div>
          </>
        ) : null}
        {meeting.parentConcerns === '' ? null : (
          <div>
            <dt>{t('meeting.parentConcerns')}</dt>
            <dd className="pre-line">{meeting.parentConcerns}</dd>
          </div>
        )}
        {meeting.prep.questions.length === 0 ? null : (
          <div>
            <dt>{t('meetingLife.prep.questions')}</dt>
            <dd>{meeting.prep.questions.join(' · ')}</dd>
          </div>
        )}
        {meeting.decisions === '' ? null : (
          <div>
            <dt>{t('meeting.decisions')}</dt>
            <dd className="pre-line">{meeting.decisions}</dd>
          </div>
        )}
        {meeting.notes === '' ? null : (
          <div>
            <dt>{t('meetingLife.notes')}</dt>
            <dd className="pre-line">{meeting.notes}</dd>
          </div>
        )}
        {meeting.followUps.length === 0 ? null : (
          <div>
            <dt>{t('meetingLife.actionItems')}</dt>
            <dd>
              <ul>
                {meeting.followUps.map((item, index) => (
                  <li key={index}>
                    {[
                      item.owner,
                      item.text,
                      item.due === null ? '' : t('meetingLife.byDate', { date: formatDate(item.due, i18n.language) }),
                    ]
                      .filter((part) => part !== '')
                      .join(' — ')}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {meeting.refusals.length === 0 ? null : (
          <div>
            <dt>{t('meetingLife.refusals')}</dt>
            <dd>{meeting.refusals.join('; ')}</dd>
          </div>
        )}
        {meeting.status === 'cancelled' && meeting.cancelReason !== '' ? (
          <div>
            <dt>{t('meetingLife.cancelReason')}</dt>
            <dd>{meeting.cancelReason}</dd>
          </div>
        ) : null}
      </dl>
      {notice === null ? null : <NoticeCheckText check={notice} />}
      {meeting.status === 'held' ? (
        <ul className="compact-list">
          <li>
            <Link to={letterLink('meeting-summary')}>{t('meetingLife.writeSummary')}</Link>
          </li>
          {meeting.refusals.map((refusal, index) => (
            <li key={index}>
              <Link to={letterLink('pwn-request', index)}>{t('meetingLife.writePwn', { refusal })}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {props.canEdit && meeting.status === 'scheduled' ? (
        <div className="actions">
          {(['prep', 'held', 'move', 'cancel'] as const).map((action) => (
            <button
              key={action}
              type="button"
              className="secondary"
              aria-expanded={mode === action}
              aria-controls={`${prefix}-panel`}
              onClick={() => {
                open(action);
              }}
            >
              {t(`meetingLife.actions.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
      <div id={`${prefix}-panel`}>
        {mode === 'prep' ? <MeetingPrepPanel meeting={meeting} onSaved={props.onMessage} /> : null}
        {mode === 'held' ? (
          <section aria-labelledby={`${prefix}-held-title`}>
            <h4 id={`${prefix}-held-title`}>{t('meetingLife.heldTitle')}</h4>
            <MeetingForm
              values={held}
              onChange={setHeld}
              onSubmit={() => {
                save(
                  meetingInputFromForm(held, meeting),
                  heldFields,
                  t('meetingLife.heldSaved', { date: formatDate(held.date, i18n.language) }),
                );
              }}
              isSubmitting={revise.isPending}
              problems={problems.problems}
              problemKey={problems.attempt}
              isStudentRequired={rule.isStudentRequired}
              studentNote={rule.studentNote}
              submitLabel={t('meetingLife.saveHeld')}
              idPrefix={prefix}
            />
          </section>
        ) : null}
        {mode === 'move' && moved !== null ? (
          <section aria-labelledby={`${prefix}-move-title`}>
            <h4 id={`${prefix}-move-title`}>{t('meetingLife.moveTitle')}</h4>
            <ScheduleForm
              values={moved}
              onChange={setMoved}
              onSubmit={() => {
                save(
                  scheduleInputFromForm(moved, meeting),
                  { date: t('meeting.date'), time: t('meetingLife.time'), noticeDate: t('meetingLife.noticeDate') },
                  t('meetingLife.moved', { date: formatDate(moved.date, i18n.language) }),
                );
              }}
              isSubmitting={revise.isPending}
              problems={problems.problems}
              problemKey={problems.attempt}
              jurisdiction={props.jurisdiction}
              today={props.today}
              submitLabel={t('meetingLife.saveMove')}
              idPrefix={`${prefix}-move`}
              studentId={meeting.studentId}
            />
          </section>
        ) : null}
        {mode === 'cancel' ? (
          <section aria-labelledby={`${prefix}-cancel-title`}>
            <h4 id={`${prefix}-cancel-title`}>{t('meetingLife.cancelTitle')}</h4>
            <FormWithProblems
              onSubmit={() => {
                save(
                  { ...inputOfMeeting(meeting), status: 'cancelled', cancelReason },
                  { cancelReason: t('meetingLife.cancelReason') },
                  t('meetingLife.cancelled'),
                );
              }}
              isSubmitting={revise.isPending}
              problems={problems.problems}
              problemKey={problems.attempt}
              submitLabel={t('meetingLife.saveCancel')}
            >
              <TextAreaField
                id={`${prefix}-cancelReason`}
                label={t('meetingLife.cancelReason')}
                value={cancelReason}
                rows={2}
                onChange={setCancelReason}
              />
            </FormWithProblems>
          </section>
        ) : null}
      </div>
    </li>
  );
}
