import type { TFunction } from 'i18next';
import { DOCUMENT_LINK_KINDS, type DocumentLink } from '../../../core/schemas/document';
import { ApiError } from '../../api/api-error';
import { issueMessage } from '../../i18n/issue-message';

/** What the server refused in a document's details: the field, the link's kind when it was a link, and why. */
export interface DocumentProblem {
  readonly field: string;
  readonly kind: string;
  readonly message: string;
}

/** The field labels a refusal is named by, in the page's language. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: 'documents.kindLabel',
  date: 'documents.date',
  title: 'documents.title',
  file: 'documents.file',
};

/**
 * A refused save in words that name what to fix: a link to a record that is not this child's (the server's
 * 404 on `links[i].id`) names the kind of record; a bad kind, date or title names its field. Null when the
 * error names no field (the caller shows its message as it is).
 */
export function documentProblemOf(
  error: unknown,
  links: readonly DocumentLink[],
  t: TFunction,
): DocumentProblem | null {
  const issue = error instanceof ApiError ? error.issues[0] : undefined;
  if (issue === undefined) return null;
  const link = /^links\[(\d+)\]/.exec(issue.field);
  if (link !== null) {
    const named = links[Number(link[1])]?.kind;
    const kind = DOCUMENT_LINK_KINDS.find((known) => known === named) ?? '';
    const what = kind === '' ? t('documents.links.legend') : t(`documents.links.kind.${kind}`);
    return { field: 'links', kind, message: t('documents.links.notThisChild', { what }) };
  }
  const label = FIELD_LABELS[issue.field];
  const why = issueMessage(issue.message, t);
  return { field: issue.field, kind: '', message: label === undefined ? why : `${t(label)}: ${why}` };
}
