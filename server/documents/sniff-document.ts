import { fileTypeFromBuffer } from 'file-type';
import type { DocumentMediaType } from '../../core/schemas/document';
import type { UploadRefusalCode } from '../../core/schemas/upload-refusal';
import { UnsafeZipError, zipEntries } from './zip-entries';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * What the bytes are, or why they are refused: worded for the person uploading (after "file: "), and as a stable
 * code a page says in its own language.
 */
export type SniffResult =
  | { readonly ok: true; readonly mediaType: DocumentMediaType }
  | { readonly ok: false; readonly reason: string; readonly code: UploadRefusalCode };

/** Text is UTF-8 with no control characters but tab, line breaks and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/**
 * The type of an upload from its bytes alone (file-type's signatures; plain text by decoding it), never from its
 * name or the sender's Content-Type: an executable renamed `.pdf` is what its bytes say. A DOCX's ZIP is
 * checked for a bomb before it is accepted.
 */
export async function sniffDocument(bytes: Uint8Array): Promise<SniffResult> {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty', code: 'file-empty' };
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime;
  if (mime === 'application/pdf' || mime === 'image/jpeg' || mime === 'image/png') return { ok: true, mediaType: mime };
  if (mime === 'image/heic' || mime === 'image/heif') return { ok: true, mediaType: 'image/heic' };
  if (mime === DOCX) {
    try {
      zipEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      if (error instanceof UnsafeZipError) {
        return { ok: false, reason: `this Word file is refused: ${error.message}`, code: 'file-unsafe' };
      }
      throw error;
    }
    return { ok: true, mediaType: DOCX };
  }
  if (found === undefined && isPlainText(bytes)) return { ok: true, mediaType: 'text/plain' };
  return {
    ok: false,
    reason: `its contents are ${found === undefined ? 'not a type Binder keeps' : `${found.mime}, not a type Binder keeps`}: expected PDF, JPEG, PNG, HEIC, Word (DOCX) or plain text`,
    code: 'file-type-not-kept',
  };
}
