/**
 * Act: the five letters as structured content (the words; rendering to PDF or text is elsewhere).
 * The state's evaluation time limit arrives as `JurisdictionFacts` (from `core/law`).
 */
export { composeLetter, impliedEventOf } from './compose-letter';
export type { Letter, LetterContent, LetterParagraph, ImpliedEvent } from './letter';
export { letterPlainText } from './letter-plain-text';
export { formatLongDate } from '../calendar/format-long-date';
export { joinList } from './join-list';
export { parseLetterInput } from './parse-letter-input';
export type { ParseLetterInputResult } from './parse-letter-input';
export {
  LETTER_KINDS,
  LETTER_LANGUAGES,
  AREAS_OF_CONCERN,
  GRADES,
  PARENT_RELATIONSHIPS,
  SCHOOL_OFFERS,
  PWN_ACTIONS,
  letterInputSchema,
} from '../schemas/letters';
export type {
  LetterKind,
  LetterLanguage,
  AreaOfConcern,
  Grade,
  ParentRelationship,
  SchoolOffer,
  PwnAction,
  LetterInput,
  LetterInputOf,
} from '../schemas/letters';
