import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredEvent } from '../../../core/schemas/case-event';
import { ApiError } from '../../api/client';
import { useRemoveEvent, useReviseEvent } from '../../api/events';
import { formIssues } from '../../case/api-issues';
import { eventInputFromForm, formFromEvent, type EventFormValues } from '../../case/event-form-values';
import { NO_PROBLEMS } from '../../case/form-problems';
import { formatDate } from '../../i18n/format-date';
import { ConfirmBox } from '../forms/confirm-box';
import { EventForm } from './event-form';

/** The fields an event has beyond its type and date, in words. */
function details(event: Readonly<Record<string, unknown>>, language: string, t: TFunction): string[] {
  const parts: string[] = [];
  if (event.by === 'parent' || event.by === 'school') parts.push(t(`event.detail.by.${event.by}`));
  if (event.oral === true) parts.push(t('event.detail.oral'));
  if (event.kind === 'initial' || event.kind === 'reevaluation') parts.push(t(`event.field.${event.kind}`));
  if (event.type === 'eligibility-determined') {
    parts.push(event.framework === '504' ? t('event.field.section504') : t('event.field.idea'));
    parts.push(event.eligible === true ? t('event.field.eligibleYes') : t('event.field.eligibleNo'));
  } else if (event.framework === 'iep' || event.framework === '504') {
    parts.push(t(`plan.framework.${event.framework}`));
  }
  if (typeof event.purpose === 'string') parts.push(t(`meeting.purpose.${event.purpose}`));
  if (event.transition === true) parts.push(t('event.detail.transition'));
  if (Array.isArray(event.attendees)) {
    parts.push(
      t('event.detail.attendees', {
        roles: event.attendees.map((role) => t(`meeting.role.${String(role)}`)).join(', '),
      }),
    );
  }
  if (Array.isArray(event.excused) && event.excused.length > 0) {
    parts.push(
      t('event.detail.excused', { roles: event.excused.map((role) => t(`meeting.role.${String(role)}`)).join(', ') }),
    );
  }
  if (typeof event.meetingDate === 'string') {
    parts.push(t('event.detail.meetingOn', { date: formatDate(event.meetingDate, language) }));
  }
  return parts;
}

/** What is open on an event of the list: its correction form, or the question before deleting it. */
type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'edit'; readonly id: string; readonly values: EventFormValues }
  | { readonly kind: 'delete'; readonly id: string };

interface Rejection {
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/** Where an event's correction form and its buttons get their ids. */
const editId = (id: string) => `event-edit-${id}`;

/**
 * The case events in date order, each in plain words, saying which came from a meeting or a plan. When the
 * caller may change the record, each event entered by hand can be corrected (the add form, filled in) or
 * deleted (after a question); what happened is said in a live region and the focus goes where the work goes
 * on: back to the event's button, or to the list after a deletion.
 */
export function EventList(props: {
  events: readonly StoredEvent[];
  studentId?: string;
  canEdit?: boolean;
  jurisdiction?: string;
  placeName?: string;
}) {
  const { events } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [rejection, setRejection] = useState<Rejection | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const revise = useReviseEvent(props.studentId ?? '');
  const remove = useRemoveEvent(props.studentId ?? '');
  const list = useRef<HTMLOListElement>(null);
  const canEdit = props.canEdit === true && props.studentId !== undefined;
  const words = (event: { type: string; date: string }) => ({
    type: t(`event.type.${event.type}`),
    date: formatDate(event.date, language),
  });
  const focusLater = (id: string) => {
    window.setTimeout(() => {
      document.getElementById(id)?.focus();
    }, 0);
  };
  const close = (focusId: string) => {
    setOpen({ kind: 'none' });
    setRejection(null);
    focusLater(focusId);
  };

  const saveEdit = (id: string, values: EventFormValues) => {
    setMessage(null);
    revise.mutate(
      { id, event: eventInputFromForm(values) },
      {
        onSuccess: (stored) => {
          setMessage({ text: t('eventEdit.saved', words(stored.event)), isError: false });
          close(`${editId(id)}-edit`);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0) {
            setRejection({ issues: error.issues, attempt: (rejection?.attempt ?? 0) + 1 });
          } else {
            setMessage({ text: t('eventEdit.saveFailed', { message: error.message }), isError: true });
          }
        },
      },
    );
  };
  const confirmDelete = (stored: StoredEvent) => {
    setMessage(null);
    remove.mutate(stored.id, {
      onSuccess: () => {
        setMessage({ text: t('eventEdit.deleted', words(stored.event)), isError: false });
        setOpen({ kind: 'none' });
        window.setTimeout(() => list.current?.focus(), 0);
      },
      onError: (error) => {
        setMessage({ text: t('eventEdit.deleteFailed', { message: error.message }), isError: true });
      },
    });
  };

  const fields = { type: t('event.typeLabel'), date: t('event.date'), meetingDate: t('event.field.meetingDate') };
  return (
    <>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className={message.isError ? 'error' : 'notice'}>{message.text}</p>}
      </div>
      {events.length === 0 ? (
        <p>{t('event.none')}</p>
      ) : (
        <ol className="event-list" ref={list} tabIndex={-1} aria-label={t('timeline.events')}>
          {events.map((stored) => {
            const event = stored.event as Readonly<Record<string, unknown>> & { type: string; date: string };
            const extra = details(event, language, t);
            const source = stored.source?.split(':')[0];
            const isOpen = open.kind !== 'none' && open.id === stored.id;
            const said = words(event);
            const prefix = editId(stored.id);
            return (
              <li key={stored.id}>
                <strong>{said.date}</strong>: {said.type}
                {extra.length === 0 ? '' : ` (${extra.join('; ')})`}
                {source === 'meeting' || source === 'plan' ? (
                  <span className="muted"> — {t(`event.source.${source}`)}</span>
                ) : null}
                {canEdit && stored.source === null && !isOpen ? (
                  <span>
                    {' '}
                    <button
                      type="button"
                      className="link-button"
                      id={`${prefix}-edit`}
                      aria-label={t('eventEdit.editLabel', said)}
                      onClick={() => {
                        setMessage(null);
                        setRejection(null);
                        setOpen({ kind: 'edit', id: stored.id, values: formFromEvent(stored.event) });
                        focusLater(`${prefix}-title`);
                      }}
                    >
                      {t('eventEdit.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      id={`${prefix}-delete`}
                      aria-label={t('eventEdit.deleteLabel', said)}
                      onClick={() => {
                        setMessage(null);
                        setOpen({ kind: 'delete', id: stored.id });
                      }}
                    >
                      {t('eventEdit.delete')}
                    </button>
                  </span>
                ) : null}
                {open.kind === 'edit' && open.id === stored.id ? (
                  <section className="card" aria-labelledby={`${prefix}-title`}>
                    <h4 id={`${prefix}-title`} tabIndex={-1}>
                      {t('eventEdit.formTitle', said)}
                    </h4>
                    <EventForm
                      idPrefix={prefix}
                      values={open.values}
                      onChange={(values) => {
                        setOpen({ ...open, values });
                      }}
                      onSubmit={() => {
                        saveEdit(stored.id, open.values);
                      }}
                      isSubmitting={revise.isPending}
                      problems={
                        rejection === null ? NO_PROBLEMS : formIssues(rejection.issues, prefix, fields, 'type', t)
                      }
                      problemKey={rejection?.attempt ?? 0}
                      jurisdiction={props.jurisdiction ?? ''}
                      placeName={props.placeName ?? ''}
                      submitLabel={t('eventEdit.save')}
                      otherActions={
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => {
                            close(`${prefix}-edit`);
                          }}
                        >
                          {t('eventEdit.cancel')}
                        </button>
                      }
                    />
                  </section>
                ) : null}
                {open.kind === 'delete' && open.id === stored.id ? (
                  <ConfirmBox
                    question={t('eventEdit.confirmDelete', said)}
                    confirmLabel={remove.isPending ? t('eventEdit.deleting') : t('eventEdit.confirmYes')}
                    cancelLabel={t('eventEdit.confirmNo')}
                    isPending={remove.isPending}
                    onConfirm={() => {
                      confirmDelete(stored);
                    }}
                    onCancel={() => {
                      close(`${prefix}-delete`);
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
