import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SaveFailure, SaveState } from '../../api/use-draft-autosave';
import { formatTime } from '../../i18n/format-time';

function failureReason(failure: SaveFailure, t: TFunction): string {
  if (failure.kind === 'blocked') return t('autosave.reason.blocked', { fields: failure.fields.join(', ') });
  const { error } = failure;
  if (error.status === 0) return t('autosave.reason.offline');
  if (error.status === 400) return t('autosave.reason.invalid');
  if (error.status === 404) return t('autosave.reason.gone');
  if (error.status === 409) return t('autosave.reason.final');
  if (error.status >= 500) return t('autosave.reason.server');
  return error.message;
}

/**
 * The draft's save status in words — "Saving…", "Saved at 10:42", "Not saved: … — your changes are kept" —
 * in a polite live region so screen readers hear it, with a button to try again after a failure.
 */
export function SaveStatus(props: { state: SaveState; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const { state } = props;
  let text: string;
  switch (state.kind) {
    case 'idle':
      text = t('autosave.idle');
      break;
    case 'saving':
      text = t('autosave.saving');
      break;
    case 'saved':
      text = t('autosave.saved', { time: formatTime(state.at, i18n.language) });
      break;
    case 'failed':
      text = `${t('autosave.failed', { reason: failureReason(state.failure, t) })}${state.willRetry ? ` ${t('autosave.willRetry')}` : ''}`;
      break;
  }
  const isFailed = state.kind === 'failed';
  return (
    <div className={`save-status${isFailed ? ' save-status-failed' : ''}`}>
      <p role="status" aria-live="polite" aria-atomic="true">
        {isFailed ? <span aria-hidden="true">⚠ </span> : null}
        {text}
      </p>
      {isFailed && state.failure.kind === 'api' ? (
        <button type="button" className="secondary" onClick={props.onRetry}>
          {t('autosave.retry')}
        </button>
      ) : null}
    </div>
  );
}
