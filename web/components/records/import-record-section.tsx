import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useImportRecord } from '../../api/whole-record';

/**
 * "Import a record": a child's whole record exported from another Binder (export.json or export.zip) becomes a
 * new child here, owned by the person importing it. The server checks the file and names what is wrong.
 */
export function ImportRecordSection() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const importing = useImportRecord();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (file === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    importing.mutate(file);
  };

  const error = missing ? t('importRecord.missing') : importing.isError ? importing.error.message : null;
  return (
    <section aria-labelledby="import-record-title">
      <h2 id="import-record-title">{t('importRecord.title')}</h2>
      <p id="import-record-hint">{t('importRecord.intro')}</p>
      <form className="stack" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor="import-record-file">{t('importRecord.fileLabel')}</label>
          <input
            id="import-record-file"
            type="file"
            accept=".json,.zip,application/json,application/zip"
            aria-describedby={error === null ? 'import-record-hint' : 'import-record-hint import-record-error'}
            aria-invalid={error === null ? undefined : true}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
            }}
          />
          {error === null ? null : (
            <p id="import-record-error" className="error">
              {t('importRecord.failed', { message: error })}
            </p>
          )}
        </div>
        <p className="actions">
          <button type="submit" className="secondary" aria-disabled={importing.isPending}>
            {t('importRecord.submit')}
          </button>
        </p>
      </form>
      <div role="status" aria-live="polite">
        {importing.isPending ? <p>{t('importRecord.importing')}</p> : null}
        {importing.isSuccess ? (
          <p className="notice">
            {t('importRecord.done')}{' '}
            {importing.data.documents.skipped === 0
              ? null
              : `${t('importRecord.skipped', { count: importing.data.documents.skipped })} `}
            <Link to={`/students/${encodeURIComponent(importing.data.studentId)}`}>{t('importRecord.open')}</Link>
          </p>
        ) : null}
      </div>
    </section>
  );
}
