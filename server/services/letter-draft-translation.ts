import { composeLetterTranslation } from '../../core/letters/compose-letter';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import type { Language } from '../../core/progress/format-words';
import type { LetterTranslationAnswer } from '../../core/schemas/letter-content';
import type { LetterInput } from '../../core/schemas/letters';
import { AppError } from '../app-error';

/**
 * A letter not yet sent, composed again in a reading language so the family can read what it says before
 * sending it (docs/decisions/0045). The same answer as a sent letter's translation; nothing is kept, so it
 * needs no child. 400 naming `language` when asked for the letter's own language, as for a sent letter.
 */
export function composeDraftTranslation(request: {
  readonly jurisdiction: string;
  readonly input: LetterInput;
  readonly language: Language;
}): LetterTranslationAnswer {
  const { input, language } = request;
  const translationOf = input.language;
  if (language === translationOf) {
    throw AppError.invalidInput([
      { field: 'language', message: `the letter itself is in ${translationOf}: choose another language to read it in` },
    ]);
  }
  const { impliedEvent: _impliedEvent, ...translation } = composeLetterTranslation(
    input,
    jurisdictionFacts(request.jurisdiction),
    language,
  );
  return { ...translation, translationOf };
}
