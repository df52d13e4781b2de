import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../core/schemas/document';
import { documentFileUrl, useDeleteDocument, useDocuments } from '../api/documents';
import { SectionTitle } from '../components/app/section-title';
import { ConfirmBox } from '../components/forms/confirm-box';
import { DocumentEditForm } from '../components/documents/document-edit-form';
import { DocumentLinkList } from '../components/documents/document-link-list';
import { useLinkChoices } from '../components/documents/link-choices';
import { RecordSearch } from '../components/documents/record-search';
import { UploadForm } from '../components/documents/upload-form';
import { formatDate } from '../i18n/format-date';
import { intlLocale } from '../i18n/languages';
import { StudentSectionGate } from './student-section-gate';
import { useStudentAccess, useStudentId } from './student-page';

/** Sizes as a family reads them: KB below a megabyte, MB above. */
function sizeOf(bytes: number, language: string): string {
  const format = (value: number) =>
    new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(value);
  return bytes < 1024 * 1024 ? `${format(Math.max(1, bytes / 1024))} KB` : `${format(bytes / (1024 * 1024))} MB`;
}

/**
 * Documents: the school's papers kept with the record (upload by picker, drag and drop or the phone's camera;
 * kind, date, title and the child's events, meetings, letters and messages it belongs to), each corrected,
 * downloaded or deleted, and the search over the whole
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
  const [editing, setEditing] = useState<string | null>(null);
  const choices = useLinkChoices(studentId);
  return (
    <section aria-labelledby="documents-title">
      <SectionTitle id="documents-title">{t('student.tabs.documents')}</SectionTitle>
      <p>{t('documents.intro')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
      </div>
      <RecordSearch studentId={studentId} />
      {abilities.canEditRecord ? <UploadForm studentId={studentId} choices={choices} onMessage={setMessage} /> : null}
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
                {documents.data.documents.map((document) => (
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
                    <DocumentLinkList id={`document-links-${document.id}`} links={document.links} choices={choices} />
                    <div className="actions">
                      <a className="button secondary" href={documentFileUrl(document.id)} download>
                        {t('documents.download', { title: document.title })}
                      </a>
                      {abilities.canEditRecord ? (
                        <button
                          type="button"
                          className="secondary"
                          aria-expanded={editing === document.id}
                          onClick={() => {
                            setEditing(editing === document.id ? null : document.id);
                          }}
                        >
                          {t('documents.edit', { title: document.title })}
                        </button>
                      ) : null}
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
                    {editing === document.id ? (
                      <DocumentEditForm
                        studentId={studentId}
                        document={document}
                        choices={choices}
                        onMessage={setMessage}
                        onDone={() => {
                          setEditing(null);
                        }}
                      />
                    ) : null}
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
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </section>
  );
}
