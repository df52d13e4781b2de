import { useTranslation } from 'react-i18next';
import { kindName } from '../../../core/law/deadline-kinds';
import type { EventEffects } from '../../../core/timeline/event-effects';
import { localized } from '../../i18n/localized';
import { leftToRightIn } from '../../i18n/languages';

/**
 * Before saving: which deadlines the event starts or satisfies under the child's rules, e.g. "This starts
 * the deadline for the initial evaluation: 45 school days (Tex. Educ. Code 29.004; 19 TAC 89.1011)".
 */
export function EventEffectsPreview({ effects, placeName }: { effects: EventEffects; placeName: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const isEmpty =
    effects.starts.length + effects.completes.length + effects.reminders.length + effects.answers.length === 0;
  return (
    <div className="preview" role="status" aria-live="polite">
      <h4>{t('event.effects.title')}</h4>
      {isEmpty ? <p>{t('event.effects.none', { place: placeName })}</p> : null}
      <ul className="compact-list">
        {effects.starts.map((rule) => (
          <li key={`starts-${rule.id}`}>
            {t('event.effects.starts', {
              what: localized(kindName(rule.kind), language),
              basis: t(`basis.${rule.basis}`, { count: rule.count }),
              citation: leftToRightIn(language, rule.citation),
            })}
            {rule.isWhileIepInEffect ? ` ${t('event.effects.whileIep')}` : ''}{' '}
            <span className="muted">{localized(rule.summary, language)}</span>
          </li>
        ))}
        {effects.completes.map((rule) => (
          <li key={`completes-${rule.id}`}>
            {t('event.effects.completes', {
              what: localized(kindName(rule.kind), language),
              citation: leftToRightIn(language, rule.citation),
            })}
          </li>
        ))}
        {effects.reminders.map((rule) => (
          <li key={`reminds-${rule.id}`}>
            {t('event.effects.reminder', {
              summary: localized(rule.summary, language),
              timing: localized(rule.timing, language),
              citation: leftToRightIn(language, rule.citation),
            })}
          </li>
        ))}
        {effects.answers.map((rule) => (
          <li key={`answers-${rule.id}`}>
            {t('event.effects.answers', {
              summary: localized(rule.summary, language),
              citation: leftToRightIn(language, rule.citation),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
