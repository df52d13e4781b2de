/**
 * A file name safe in a Content-Disposition header and on every file system: accents dropped, anything but
 * ASCII letters, digits, dots and hyphens turned into hyphens, at most 100 characters. Names a child's
 * record the way the family will recognise it in their downloads folder.
 */
export function attachmentName(parts: readonly string[], extension: string): string {
  const base = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100)
    .replace(/[-.]+$/, '');
  return `${base === '' ? 'binder' : base}.${extension}`;
}

/** The Content-Disposition header value that makes a browser save the response under `fileName`. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
