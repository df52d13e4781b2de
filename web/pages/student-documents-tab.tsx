import { useState, type DragEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type Document, type DocumentKind } from '../../core/schemas/document';
import { useMeetings } from '../api/meetings';
import { uploadRefusalOf } from '../../core/schemas/upload-refusal';
import { ApiError } from '../api/api-error';
import { documentFileUrl, useDeleteDocument, useDocuments, useUploadDocument } from '../api/documents';
import { SectionTitle } from '../components/app/section-title';
import { ConfirmBox } from '../components/forms/confirm-box';
import { RecordSearch } from '../components/documents/record-search';
import { formatDate } from '../i18n/format-date';
import { intlLocale } from '../i18n/languages';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';

/** What a file picker offers: the types the server keeps (it checks the bytes again). */
const ACCEPT = 'application/pdf,image/jpeg,image/png,image/heic,.heic,.docx,text/plain';

/** Sizes as a family reads them: KB below a megabyte, MB above. */
function sizeOf(bytes: number, language: string): string {
  const format = (value: number) =>
    new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(value);
  return bytes < 1024 * 1024 ? `${format(Math.max(1, bytes / 1024))} KB` : `${format(bytes / (1024 * 1024))} MB`;
}

/**
 * Documents: the school's papers kept with the record (upload by picker, drag and drop or the phone's camera;
 * kind, date, title and the meeting it belongs to), each downloaded or deleted, and the search over the whole
 * record. The family and their advocate see it; school staff do not.
 */
export function StudentDocumentsTab() {
  return (
    <StudentSectionGate tab="documents" need="canSeeCase">
      <StudentDocumentsTabContent />
    </StudentSectionGate>
  );
}

function StudentDocumentsTabContent() {
  const { t, i18n } = useTranslation();
  const studentId = useStudentId();
  const { abilities } = useStudentAccess();
  const documents = useDocuments(studentId);
  const remove = useDeleteDocument(studentId);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Document | null>(null);
  const meetings = useMeetings(studentId);
  const meetingDate = (id: string) => meetings.data?.find((meeting) => meeting.id === id)?.date;
  return (
    <section aria-labelledby="documents-title">
      <SectionTitle id="documents-title">{t('student.tabs.documents')}</SectionTitle>
      <p>{t('documents.intro')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
      </div>
      <RecordSearch studentId={studentId} />
      {abilities.canEditRecord ? <UploadForm studentId={studentId} onMessage={setMessage} /> : null}
      <section aria-labelledby="documents-list-title">
        <h3 id="documents-list-title">{t('documents.listTitle')}</h3>
        {documents.data === undefined ? (
          <p>{t('children.loading')}</p>
        ) : (
          <>
            <p>
              {t('documents.used', {
                used: sizeOf(documents.data.quota.usedBytes, i18n.language),
                limit: sizeOf(documents.data.quota.limitBytes, i18n.language),
              })}
            </p>
            {documents.data.documents.length === 0 ? (
              <p>{t('documents.none')}</p>
            ) : (
              <ul className="document-list">
                {documents.data.documents.map((document) => {
                  const meeting = document.links.find((link) => link.kind === 'meeting');
                  const date = meeting === undefined ? undefined : meetingDate(meeting.id);
                  return (
                    <li key={document.id} className="card">
                      <h4>{document.title}</h4>
                      <p>
                        {t(`documents.kind.${document.kind}`)} · {formatDate(document.date, i18n.language)} ·{' '}
                        {sizeOf(document.size, i18n.language)}
                      </p>
                      <p>
                        {t(`documents.status.${document.textStatus}`)}
                        {document.textNote === null ? '' : `: ${t(`documents.note.${document.textNote}`)}`}
                      </p>
                      {date === undefined ? null : (
                        <p>{t('documents.linkedTo', { date: formatDate(date, i18n.language) })}</p>
                      )}
                      <div className="actions">
                        <a className="button secondary" href={documentFileUrl(document.id)} download>
                          {t('documents.download', { title: document.title })}
                        </a>
                        {abilities.canEditRecord ? (
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => {
                              setConfirming(document);
                            }}
                          >
                            {t('documents.delete', { title: document.title })}
                          </button>
                        ) : null}
                      </div>
                      {confirming?.id === document.id ? (
                        <ConfirmBox
                          question={t('documents.confirmDelete', { title: document.title })}
                          confirmLabel={t('documents.delete', { title: document.title })}
                          cancelLabel={t('documents.cancel')}
                          isPending={remove.isPending}
                          onCancel={() => {
                            setConfirming(null);
                          }}
                          onConfirm={() => {
                            remove.mutate(document.id, {
                              onSuccess: () => {
                                setConfirming(null);
                                setMessage(t('documents.deleted', { title: document.title }));
                              },
                              onError: (error) => {
                                setMessage(t('documents.deleteFailed', { message: error.message }));
                              },
                            });
                          }}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </section>
    </section>
  );
}

function UploadForm({ studentId, onMessage }: { studentId: string; onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadDocument(studentId);
  const meetings = useMeetings(studentId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('iep');
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [dragging, setDragging] = useState(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (file === null) {
      onMessage(t('documents.chooseFile'));
      return;
    }
    const links = meetingId === '' ? [] : [{ kind: 'meeting' as const, id: meetingId }];
    upload.mutate(
      { file, details: { kind, date, title, links } },
      {
        onSuccess: (document) => {
          onMessage(t('documents.uploaded', { title: document.title }));
          setFile(null);
          setTitle('');
          setMeetingId('');
        },
        onError: (error) => {
          // A refusal's code says why in the page's language; anything else is shown as the server wrote it.
          const refusal = error instanceof ApiError ? uploadRefusalOf(error.issues[0]) : null;
          const message = refusal === null ? error.message : t(`followups.uploadRefusal.${refusal}`);
          onMessage(t('documents.uploadFailed', { message }));
        },
      },
    );
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files.item(0);
    if (dropped !== null) setFile(dropped);
  };
  return (
    <section className="card" aria-labelledby="documents-upload-title">
      <h3 id="documents-upload-title">{t('documents.uploadTitle')}</h3>
      <form onSubmit={submit}>
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => {
            setDragging(false);
          }}
          onDrop={drop}
        >
          <label htmlFor="document-file">{t('documents.file')}</label>
          <p id="document-file-hint">{t('documents.fileHint')}</p>
          <input
            id="document-file"
            type="file"
            accept={ACCEPT}
            aria-describedby="document-file-hint"
            onChange={(event) => {
              setFile(event.target.files?.item(0) ?? null);
            }}
          />
          {file === null ? null : <p>{t('documents.chosen', { name: file.name })}</p>}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="document-kind">{t('documents.kindLabel')}</label>
            <select
              id="document-kind"
              value={kind}
              onChange={(event) => {
                setKind(DOCUMENT_KINDS.find((k) => k === event.target.value) ?? 'other');
              }}
            >
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`documents.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="document-date">{t('documents.date')}</label>
            <input
              id="document-date"
              type="date"
              required
              value={date}
              onChange={(event) => {
                setDate(event.target.value);
              }}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="document-title">{t('documents.title')}</label>
          <input
            id="document-title"
            type="text"
            required
            maxLength={300}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="document-meeting">{t('documents.meeting')}</label>
          <select
            id="document-meeting"
            value={meetingId}
            onChange={(event) => {
              setMeetingId(event.target.value);
            }}
          >
            <option value="">{t('documents.noMeeting')}</option>
            {(meetings.data ?? []).map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {t('documents.meetingOption', { date: formatDate(meeting.date, i18n.language) })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={upload.isPending}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </button>
      </form>
    </section>
  );
}
