import { randomBytes } from 'node:crypto';
import { renderPdf, type PdfContent } from '../../server/documents/pdf-renderer';
import { zipArchive } from '../../server/documents/zip-archive';

/** A multipart/form-data body as `inject` sends it: the bytes and the Content-Type with its boundary. */
export interface MultipartBody {
  readonly payload: Buffer;
  readonly headers: { readonly 'content-type': string };
}

/** Builds a form with text fields and (optionally) one file, as a browser's FormData would send it. */
export function multipartBody(
  fields: Readonly<Record<string, string>>,
  file?: { readonly name: string; readonly bytes: Uint8Array; readonly type?: string; readonly field?: string },
): MultipartBody {
  const boundary = `----binder-test-${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file !== undefined) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A fictional school PDF: one page per entry of `pages`, each page's words as given. */
export function schoolPdf(pages: readonly string[]): Promise<Buffer> {
  const content: PdfContent[] = pages.map((text, index) =>
    index === 0 ? { text } : ({ text, pageBreak: 'before' } as unknown as PdfContent),
  );
  return renderPdf({ info: { title: 'School document (fictional)' }, language: 'en', content });
}

/** A minimal DOCX: [Content_Types].xml and word/document.xml with one paragraph per line. */
export function docxOf(paragraphs: readonly string[], extra: { name: string; data: Buffer | string }[] = []): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return zipArchive(
    [
      {
        name: '[Content_Types].xml',
        data:
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      {
        name: 'word/document.xml',
        data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      },
      ...extra,
    ],
    new Date('2026-11-28T00:00:00Z'),
  );
}
