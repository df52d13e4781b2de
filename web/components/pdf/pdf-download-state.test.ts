import { describe, expect, it } from 'vitest';
import { nextPdfDownloadState, PDF_IDLE, shownPdfDownloadState, type PdfDownloadState } from './pdf-download-state';

const ready: PdfDownloadState<number> = { state: 'ready', url: 'blob:one', fileName: 'a.pdf', madeFor: 1 };

describe('nextPdfDownloadState', () => {
  it('prepares from any state, so a second request replaces a made PDF', () => {
    expect(nextPdfDownloadState(PDF_IDLE, { type: 'started' })).toEqual({ state: 'preparing' });
    expect(nextPdfDownloadState(ready, { type: 'started' })).toEqual({ state: 'preparing' });
  });

  it('keeps the made PDF with what it was made from', () => {
    expect(
      nextPdfDownloadState<number>(
        { state: 'preparing' },
        { type: 'made', url: 'blob:two', fileName: 'b.pdf', madeFor: 2 },
      ),
    ).toEqual({ state: 'ready', url: 'blob:two', fileName: 'b.pdf', madeFor: 2 });
  });

  it("says an error's message, or the thrown value when it is not an Error", () => {
    expect(nextPdfDownloadState(PDF_IDLE, { type: 'failed', error: new Error('Server busy') })).toEqual({
      state: 'failed',
      message: 'Server busy',
    });
    expect(nextPdfDownloadState(PDF_IDLE, { type: 'failed', error: 'offline' })).toEqual({
      state: 'failed',
      message: 'offline',
    });
  });

  it('goes back to idle when the screen showed the error itself', () => {
    expect(nextPdfDownloadState<number>({ state: 'preparing' }, { type: 'shownElsewhere' })).toEqual({ state: 'idle' });
  });
});

describe('shownPdfDownloadState', () => {
  it('offers a PDF made from what the screen shows', () => {
    expect(shownPdfDownloadState(ready, 1)).toBe(ready);
    expect(shownPdfDownloadState<undefined>({ ...ready, madeFor: undefined }, undefined)).toEqual({
      ...ready,
      madeFor: undefined,
    });
  });

  it('hides a PDF made from an earlier version', () => {
    expect(shownPdfDownloadState(ready, 2)).toEqual({ state: 'idle' });
  });

  it('leaves every other state as it is', () => {
    const failed: PdfDownloadState<number> = { state: 'failed', message: 'Server busy' };
    expect(shownPdfDownloadState(failed, 2)).toBe(failed);
    expect(shownPdfDownloadState<number>({ state: 'preparing' }, 2)).toEqual({ state: 'preparing' });
  });
});
