import type { RefObject } from 'react';
import type { PdfDownloadState } from './pdf-download-state';

/**
 * The made PDF's `<a download>`: clicked by usePdfDownload to start the download, and left on the page as the
 * way to save it again (or at all, when a browser blocks the automatic click).
 */
export function PdfSaveLink({
  pdf,
  link,
  label,
}: {
  pdf: PdfDownloadState<unknown>;
  link: RefObject<HTMLAnchorElement | null>;
  label: (fileName: string) => string;
}) {
  if (pdf.state !== 'ready') return null;
  return (
    <p>
      <a ref={link} href={pdf.url} download={pdf.fileName}>
        {label(pdf.fileName)}
      </a>
    </p>
  );
}
