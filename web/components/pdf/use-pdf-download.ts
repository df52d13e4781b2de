import { useEffect, useReducer, useRef } from 'react';
import { nextPdfDownloadState, PDF_IDLE, shownPdfDownloadState } from './pdf-download-state';

export interface PdfRequest {
  /** Fetches the PDF (through web/api/: only it talks HTTP). */
  readonly fetchPdf: () => Promise<Blob>;
  readonly fileName: string;
  /**
   * Shows an error where it belongs (a refused date beside its field) and returns true; false leaves it to
   * the live region's "failed" message.
   */
  readonly showError?: (error: unknown) => boolean;
}

/**
 * A PDF made on request and saved as a download: the state for the live region, the ref for the `<a download>`
 * shown once it is made (it stays as a "save it again" link for a browser that blocks the automatic click),
 * and `prepare`. `current` is what the screen shows now (a letter's edit version, a language): a PDF made
 * from something else is no longer offered. The link is clicked once per request, not whenever a re-render
 * shows it again, and each object URL is revoked once it is replaced or the component unmounts.
 */
export function usePdfDownload<MadeFor = undefined>(current?: MadeFor) {
  const [pdf, dispatch] = useReducer(nextPdfDownloadState<MadeFor>, PDF_IDLE);
  const link = useRef<HTMLAnchorElement>(null);
  const shouldStartDownload = useRef(false);
  const readyUrl = pdf.state === 'ready' ? pdf.url : null;

  useEffect(() => {
    if (readyUrl === null) return undefined;
    // When the PDF is no longer current the link is not on the page, and nothing is clicked.
    if (shouldStartDownload.current) {
      shouldStartDownload.current = false;
      link.current?.click();
    }
    return () => {
      URL.revokeObjectURL(readyUrl);
    };
  }, [readyUrl]);

  const prepare = async (request: PdfRequest) => {
    if (pdf.state === 'preparing') return;
    dispatch({ type: 'started' });
    try {
      const blob = await request.fetchPdf();
      shouldStartDownload.current = true;
      dispatch({ type: 'made', url: URL.createObjectURL(blob), fileName: request.fileName, madeFor: current });
    } catch (error) {
      dispatch(request.showError?.(error) === true ? { type: 'shownElsewhere' } : { type: 'failed', error });
    }
  };

  return { pdf: shownPdfDownloadState(pdf, current), link, prepare };
}
