import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPresentLevels } from '../../../core/goals/check-present-levels';
import { readingLanguageOf } from '../../i18n/languages';

const PARTS = ['baseline', 'impact', 'strengths', 'needs'] as const;

/** Live feedback on the present-levels statement: a baseline in numbers and the disability's impact (methods §2.6). */
export function PresentLevelsFeedback({ id, text }: { id: string; text: string }) {
  const { t, i18n } = useTranslation();
  // The goal is analysed as English or Spanish text (0045), but the advice about it is read: the page's language.
  const language = readingLanguageOf(i18n.language);
  const result = useMemo(() => (text.trim() === '' ? null : checkPresentLevels(text)), [text]);
  if (result === null) return null;
  return (
    <div className="measurability" id={id} aria-live="polite">
      <p>{result.summary[language]}</p>
      <ul className="measurability-parts">
        {PARTS.map((part) => (
          <li key={part}>
            {result[part] === null ? '✗ ' : '✓ '}
            {t(`measurability.presentLevels.${part}`)}
          </li>
        ))}
      </ul>
      {result.vague.length === 0 ? null : (
        <ul className="measurability-vague" aria-label={t('measurability.vagueLabel')}>
          {result.vague.map((word) => (
            <li key={`${word.phrase}-${String(word.start)}`}>
              “{word.phrase}”: {word.why[language]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
