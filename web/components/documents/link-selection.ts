import { DOCUMENT_LINK_KINDS, type DocumentLink, type DocumentLinkKind } from '../../../core/schemas/document';

/** Which record of each kind is chosen ('' for none). */
export type LinkSelection = Record<DocumentLinkKind, string>;

/** No record of any kind chosen. */
export const NO_LINKS: LinkSelection = { event: '', meeting: '', letter: '', communication: '' };

/** The selects' starting values for a kept document: the first link of each kind. */
export function selectionOf(links: readonly DocumentLink[]): LinkSelection {
  const selection = { ...NO_LINKS };
  for (const kind of DOCUMENT_LINK_KINDS) selection[kind] = links.find((link) => link.kind === kind)?.id ?? '';
  return selection;
}

/**
 * The links to send: one per chosen kind, in the kinds' order, then any further links the document already had
 * (made through the API: the selects show only the first of each kind, and saving must not drop the others).
 */
export function linksOf(selection: LinkSelection, kept: readonly DocumentLink[] = []): DocumentLink[] {
  const chosen = DOCUMENT_LINK_KINDS.filter((kind) => selection[kind] !== '').map((kind) => ({
    kind,
    id: selection[kind],
  }));
  const shown = new Set(DOCUMENT_LINK_KINDS.map((kind) => kept.find((link) => link.kind === kind)));
  return [...chosen, ...kept.filter((link) => !shown.has(link))];
}
