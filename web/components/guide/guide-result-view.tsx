import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideResult, GuideStatement } from '../../../core/guide/run-guide';
import type { LetterKind } from '../../../core/schemas/letters';
import { formatDate } from '../../i18n/format-date';
import { localized } from '../../i18n/localized';
import { CitedSource } from '../app/cited-source';

/** The letters page for `kind`, for the chosen child (or the state), with the areas of concern prefilled. */
export function letterLink(
  kind: LetterKind,
  target: { studentId: string | null; jurisdiction: string; areas: readonly string[] },
): string {
  const params = new URLSearchParams({ kind });
  if (target.studentId === null) params.set('jurisdiction', target.jurisdiction);
  else params.set('student', target.studentId);
  if (target.areas.length > 0) params.set('areas', target.areas.join(','));
  return `/letters?${params.toString()}`;
}

function StatementList({ items, id }: { items: readonly GuideStatement[]; id: string }) {
  const { i18n } = useTranslation();
  return (
    <ul className="statement-list" aria-labelledby={id}>
      {items.map((item) => (
        <li key={item.id} className="statement">
          <p>{localized(item.text, i18n.language)}</p>
          <CitedSource citation={item.citation} status={item.status} sources={item.sources} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What the guide's answers point to: the leaning in plain words under the disclaimer (it explains, it never
 * decides), why, the signs of needing specially designed instruction or access, answers to what the school
 * said, the next steps and the letter to write — every statement with its law and how sure it is.
 */
export function GuideResultView({
  result,
  savedAt,
  childName,
  letterTarget,
}: {
  result: GuideResult;
  /** When the answers were saved in the child's case; null when they were not saved. */
  savedAt: string | null;
  childName: string | null;
  letterTarget: { studentId: string | null; jurisdiction: string; areas: readonly string[] };
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const suggested = result.suggestedLetter;
  return (
    <section className="guide-result card" aria-labelledby="guide-result-title">
      <h2 id="guide-result-title" tabIndex={-1}>
        {t('guide.resultTitle')}
      </h2>
      {savedAt === null || childName === null ? null : (
        <p className="muted">
          {t('guide.savedOn', { name: childName, date: formatDate(savedAt.slice(0, 10), language) })}
        </p>
      )}
      <div className="disclaimer" role="note" aria-labelledby="guide-disclaimer-title">
        <p id="guide-disclaimer-title" className="disclaimer-title">
          {t('guide.disclaimerTitle')}
        </p>
        <p>{localized(result.disclaimer, language)}</p>
      </div>
      <p className={`leaning leaning-${result.leaning}`}>{t(`guide.leaning.${result.leaning}`)}</p>
      <p>{t(`guide.leaningMeans.${result.leaning}`)}</p>

      {suggested === null ? null : (
        <p className="actions">
          <Link className="button-link primary" to={letterLink(suggested, letterTarget)}>
            {t('guide.writeSuggested', { letter: t(`letters.kinds.${suggested}.name`) })}
          </Link>
        </p>
      )}

      <h3 id="guide-reasons">{t('guide.reasonsTitle')}</h3>
      <StatementList items={result.reasons} id="guide-reasons" />

      {result.sdiSignals.length === 0 ? null : (
        <>
          <h3 id="guide-sdi">{t('guide.sdiTitle')}</h3>
          <p className="hint">{t('guide.sdiIntro')}</p>
          <StatementList items={result.sdiSignals} id="guide-sdi" />
        </>
      )}
      {result.accessSignals.length === 0 ? null : (
        <>
          <h3 id="guide-access">{t('guide.accessTitle')}</h3>
          <StatementList items={result.accessSignals} id="guide-access" />
        </>
      )}

      {result.myths.length === 0 ? null : (
        <>
          <h3 id="guide-myths">{t('guide.mythsTitle')}</h3>
          <ul className="statement-list" aria-labelledby="guide-myths">
            {result.myths.map((myth) => (
              <li key={myth.id} className="statement myth">
                <p className="school-said">
                  <span className="school-said-label">{t('guide.schoolSaid')}</span>{' '}
                  {localized(myth.schoolSaid, language)}
                </p>
                <p>
                  <span className="school-said-label">{t('guide.mythAnswer')}</span> {localized(myth.answer, language)}
                </p>
                <CitedSource citation={myth.citation} status={myth.status} sources={myth.sources} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 id="guide-steps">{t('guide.stepsTitle')}</h3>
      <ol className="statement-list steps" aria-labelledby="guide-steps">
        {result.nextSteps.map((step) => (
          <li key={step.id} className="statement">
            <p>{localized(step.text, language)}</p>
            {step.citation === null || step.status === null ? null : (
              <CitedSource citation={step.citation} status={step.status} sources={step.sources} />
            )}
            {step.letter === null ? null : (
              <p>
                <Link to={letterLink(step.letter, letterTarget)}>
                  {t('guide.writeLetter', { letter: t(`letters.kinds.${step.letter}.name`) })}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
