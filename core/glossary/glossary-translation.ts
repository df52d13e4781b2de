/**
 * One legal or school term in a language other than English and Spanish, and where its wording comes from
 * (issue 22, point 3). Each language's list lives in `translations/<language>.ts`.
 */
export interface GlossaryTranslation {
  /** The English term as Binder's pages use it. */
  readonly en: string;
  readonly term: string;
  /** The official translated document the wording follows (publisher and title), or null for our own wording. */
  readonly officialSource: string | null;
  /**
   * 'read': checked against that document's text; 'not-read': the document is named but its text was not at hand
   * when the term was written; 'team': our own wording, no official translation known.
   */
  readonly check: 'read' | 'not-read' | 'team';
  readonly note?: string;
}
