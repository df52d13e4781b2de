import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkGoal } from '../../../core/goals/check-goal';
import { readingLanguageOf } from '../../i18n/languages';

const PARTS = ['timeframe', 'condition', 'behavior', 'criterion', 'measurement'] as const;

/**
 * Live feedback on a goal's wording as it is typed (core/goals, docs/progress-methods.md 3): which parts of a
 * measurable goal were found, which words are vague and why. It only advises; saving is never blocked.
 */
export function GoalCheckFeedback({ id, text }: { id: string; text: string }) {
  const { t, i18n } = useTranslation();
  // The goal is analysed as English or Spanish text (0045), but the advice about it is read: the page's language.
  const language = readingLanguageOf(i18n.language);
  const result = useMemo(() => (text.trim() === '' ? null : checkGoal(text)), [text]);
  if (result === null) return null;
  return (
    <div className="measurability" id={id} aria-live="polite">
      <p className={result.measurable ? 'measurable' : 'not-measurable'}>
        <strong>{result.measurable ? t('measurability.measurable') : t('measurability.notYet')}</strong>{' '}
        {result.summary[language]}
      </p>
      <ul className="measurability-parts">
        {PARTS.map((part) => {
          const found = result[part];
          return (
            <li key={part}>
              {found === null ? '✗ ' : '✓ '}
              {t(`measurability.part.${part}`)}
              {found === null ? `: ${t('measurability.missing')}` : `: “${found.text}”`}
            </li>
          );
        })}
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
