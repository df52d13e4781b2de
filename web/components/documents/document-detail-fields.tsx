import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../core/schemas/document';

/** A document's kind, date and title as the form holds them. */
export interface DetailValues {
  kind: DocumentKind;
  date: string;
  title: string;
}

/** The kind, date and title of a document, for the upload and the edit forms; ids start with `idPrefix`. */
export function DocumentDetailFields({
  idPrefix,
  value,
  onChange,
  problemField = null,
  problemId,
}: {
  idPrefix: string;
  value: DetailValues;
  onChange: (value: DetailValues) => void;
  /** The field the server refused, marked invalid and described by the message with id `problemId`. */
  problemField?: string | null;
  problemId?: string;
}) {
  const { t } = useTranslation();
  const marks = (field: string) =>
    problemField === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${idPrefix}-kind`}>{t('documents.kindLabel')}</label>
          <select
            id={`${idPrefix}-kind`}
            value={value.kind}
            {...marks('kind')}
            onChange={(event) => {
              onChange({ ...value, kind: DOCUMENT_KINDS.find((k) => k === event.target.value) ?? 'other' });
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
          <label htmlFor={`${idPrefix}-date`}>{t('documents.date')}</label>
          <input
            id={`${idPrefix}-date`}
            type="date"
            required
            value={value.date}
            {...marks('date')}
            onChange={(event) => {
              onChange({ ...value, date: event.target.value });
            }}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>{t('documents.title')}</label>
        <input
          id={`${idPrefix}-title`}
          type="text"
          required
          maxLength={300}
          value={value.title}
          {...marks('title')}
          onChange={(event) => {
            onChange({ ...value, title: event.target.value });
          }}
        />
      </div>
    </>
  );
}
