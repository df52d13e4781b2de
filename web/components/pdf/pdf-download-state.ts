/**
 * Where a "make this PDF, then save it" action stands. `madeFor` is what the PDF was made from (a letter's
 * edit version, a reading language), so a screen can stop offering a PDF once what it shows has changed.
 */
export type PdfDownloadState<MadeFor> =
  | { readonly state: 'idle' }
  | { readonly state: 'preparing' }
  | {
      readonly state: 'ready';
      readonly url: string;
      readonly fileName: string;
      readonly madeFor: MadeFor | undefined;
    }
  | { readonly state: 'failed'; readonly message: string };

export type PdfDownloadEvent<MadeFor> =
  | { readonly type: 'started' }
  | { readonly type: 'made'; readonly url: string; readonly fileName: string; readonly madeFor: MadeFor | undefined }
  | { readonly type: 'failed'; readonly error: unknown }
  /** The screen said the error itself (beside a field), so the live region has nothing to say. */
  | { readonly type: 'shownElsewhere' };

export const PDF_IDLE = { state: 'idle' } as const;

/**
 * Each event sets the state outright, whatever it was: a new request replaces the last PDF, whose object URL
 * the hook then revokes.
 */
export function nextPdfDownloadState<MadeFor>(
  _state: PdfDownloadState<MadeFor>,
  event: PdfDownloadEvent<MadeFor>,
): PdfDownloadState<MadeFor> {
  switch (event.type) {
    case 'started':
      return { state: 'preparing' };
    case 'made':
      return { state: 'ready', url: event.url, fileName: event.fileName, madeFor: event.madeFor };
    case 'failed':
      return { state: 'failed', message: event.error instanceof Error ? event.error.message : String(event.error) };
    case 'shownElsewhere':
      return PDF_IDLE;
  }
}

/**
 * What the screen shows: a PDF made from something the screen no longer shows (an earlier edit of the letter,
 * another language) is not offered — no "ready" message, no link — as if none had been made.
 */
export function shownPdfDownloadState<MadeFor>(
  state: PdfDownloadState<MadeFor>,
  current: MadeFor | undefined,
): PdfDownloadState<MadeFor> {
  return state.state === 'ready' && state.madeFor !== current ? PDF_IDLE : state;
}
