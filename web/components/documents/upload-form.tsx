import { useState, type DragEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadRefusalOf } from '../../../core/schemas/upload-refusal';
import { ApiError } from '../../api/api-error';
import { useUploadDocument } from '../../api/documents';
import { DocumentDetailFields, type DetailValues } from './document-detail-fields';
import { DocumentLinkFields } from './document-link-fields';
import { documentProblemOf, type DocumentProblem } from './document-problem';
import { linksOf, NO_LINKS, type LinkChoices, type LinkSelection } from './link-choices';

/** What a file picker offers: the types the server keeps (it checks the bytes again). */
const ACCEPT = 'application/pdf,image/jpeg,image/png,image/heic,.heic,.docx,text/plain';

/**
 * Adding a document: the file (picker, drop or the phone's camera), its kind, date and title, and the child's
 * records it belongs to. A refusal keeps everything typed and names what to fix.
 */
export function UploadForm({
  studentId,
  choices,
  onMessage,
}: {
  studentId: string;
  choices: LinkChoices;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadDocument(studentId);
  const [file, setFile] = useState<File | null>(null);
  const [details, setDetails] = useState<DetailValues>({ kind: 'iep', date: '', title: '' });
  const [links, setLinks] = useState<LinkSelection>(NO_LINKS);
  const [problem, setProblem] = useState<DocumentProblem | null>(null);
  const [dragging, setDragging] = useState(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (file === null) {
      onMessage(t('documents.chooseFile'));
      return;
    }
    const chosen = linksOf(links);
    upload.mutate(
      { file, details: { ...details, links: chosen } },
      {
        onSuccess: (document) => {
          onMessage(t('documents.uploaded', { title: document.title }));
          setProblem(null);
          setFile(null);
          setDetails({ ...details, title: '' });
          setLinks(NO_LINKS);
        },
        onError: (error) => {
          // A refusal's code says why in the page's language; a refused detail or link names its field.
          const refusal = error instanceof ApiError ? uploadRefusalOf(error.issues[0]) : null;
          const found = refusal === null ? documentProblemOf(error, chosen, t) : null;
          setProblem(found);
          const message =
            refusal !== null ? t(`followups.uploadRefusal.${refusal}`) : (found?.message ?? error.message);
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
        <DocumentDetailFields
          idPrefix="document"
          value={details}
          onChange={setDetails}
          problemField={problem?.field ?? null}
          problemId="document-upload-problem"
        />
        <DocumentLinkFields
          idPrefix="document-link"
          choices={choices}
          value={links}
          onChange={setLinks}
          problem={problem?.field === 'links' ? problem : null}
        />
        {problem === null || problem.field === 'links' ? null : (
          <p id="document-upload-problem" className="field-error">
            {problem.message}
          </p>
        )}
        <button type="submit" disabled={upload.isPending}>
          {upload.isPending ? t('documents.uploading') : t('documents.upload')}
        </button>
      </form>
    </section>
  );
}
