import type { PdfDownloadState } from './pdf-download-state';

/** A screen's own words for its PDF, already translated. */
export interface PdfStatusWords {
  readonly preparing: string;
  readonly failed: (message: string) => string;
  readonly ready: string;
}

/**
 * The words a PDF download says in its screen's live region (the region itself is the screen's, which may
 * say other outcomes too).
 */
export function PdfStatusMessages({
  pdf,
  words,
  readyClassName,
}: {
  pdf: PdfDownloadState<unknown>;
  words: PdfStatusWords;
  readyClassName?: string;
}) {
  return (
    <>
      {pdf.state === 'preparing' ? <p>{words.preparing}</p> : null}
      {pdf.state === 'failed' ? <p className="error">{words.failed(pdf.message)}</p> : null}
      {pdf.state === 'ready' ? <p className={readyClassName}>{words.ready}</p> : null}
    </>
  );
}
