import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../core/schemas/document';
import { useReviseDocument } from '../../api/documents';
import { DocumentDetailFields, type DetailValues } from './document-detail-fields';
import { DocumentLinkFields } from './document-link-fields';
import { documentProblemOf, type DocumentProblem } from './document-problem';
import { linksOf, selectionOf, type LinkChoices, type LinkSelection } from './link-choices';

/**
 * Correcting a kept document: its kind, date, title and the records it belongs to. A refusal keeps what was
 * chosen and names what to fix, beside the field.
 */
export function DocumentEditForm({
  studentId,
  document,
  choices,
  onDone,
  onMessage,
}: {
  studentId: string;
  document: Document;
  choices: LinkChoices;
  onDone: () => void;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const revise = useReviseDocument(studentId);
  const [details, setDetails] = useState<DetailValues>({
    kind: document.kind,
    date: document.date,
    title: document.title,
  });
  const [links, setLinks] = useState<LinkSelection>(() => selectionOf(document.links));
  const [problem, setProblem] = useState<DocumentProblem | null>(null);
  const prefix = `document-edit-${document.id}`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = linksOf(links, document.links);
    revise.mutate(
      { document, details: { ...details, links: chosen } },
      {
        onSuccess: (saved) => {
          onMessage(t('documents.revised', { title: saved.title }));
          onDone();
        },
        onError: (error) => {
          const found = documentProblemOf(error, chosen, t);
          setProblem(found);
          onMessage(t('documents.reviseFailed', { message: found?.message ?? error.message }));
        },
      },
    );
  };
  return (
    <form className="document-edit" aria-labelledby={`${prefix}-heading`} onSubmit={submit}>
      <h5 id={`${prefix}-heading`}>{t('documents.editTitle', { title: document.title })}</h5>
      <DocumentDetailFields
        idPrefix={prefix}
        value={details}
        onChange={setDetails}
        problemField={problem?.field ?? null}
        problemId={`${prefix}-problem`}
      />
      <DocumentLinkFields
        idPrefix={`${prefix}-link`}
        choices={choices}
        value={links}
        onChange={setLinks}
        problem={problem?.field === 'links' ? problem : null}
      />
      {problem === null || problem.field === 'links' ? null : (
        <p id={`${prefix}-problem`} className="field-error">
          {problem.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={revise.isPending}>
          {revise.isPending ? t('documents.saving') : t('documents.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('documents.cancel')}
        </button>
      </div>
    </form>
  );
}
