import { useTranslation } from 'react-i18next';
import type { PlanChangeView } from '../../../core/schemas/plan';
import { localized } from '../../i18n/localized';

const SYMBOLS = { reduced: '▼', removed: '✖', changed: '✎', increased: '▲', added: '+' } as const;

/**
 * What changed between two versions, cuts first (as the API orders them). Each change starts with its
 * effect in words — "Cut", "Removed" — in bold; colour and symbol only repeat it.
 */
export function ChangeList({ changes }: { changes: readonly PlanChangeView[] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return <p>{t('compare.noChanges')}</p>;
  const cuts = changes.filter((change) => change.effect === 'reduced' || change.effect === 'removed').length;
  return (
    <>
      <p>
        {t('compare.count', { count: changes.length })}{' '}
        {cuts > 0 ? <strong>{t('compare.cutCount', { count: cuts })}</strong> : t('compare.noCuts')}
      </p>
      <ul className="change-list">
        {changes.map((change, index) => {
          const isCut = change.effect === 'reduced' || change.effect === 'removed';
          return (
            <li
              key={`${String(index)}-${change.message.en}`}
              className={`change change-${change.effect}${isCut ? ' change-cut' : ''}`}
            >
              <span className="change-effect">
                <span aria-hidden="true">{SYMBOLS[change.effect]} </span>
                {isCut ? <strong>{t(`compare.effect.${change.effect}`)}</strong> : t(`compare.effect.${change.effect}`)}
                <span className="visually-hidden">:</span>
              </span>{' '}
              <span className="change-section">
                {t(`compare.section.${change.section}`, { defaultValue: change.section })}
              </span>
              {' — '}
              {localized(change.message, i18n.language)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
