import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../../core/guide/comparison-for';
import { localized } from '../../i18n/localized';

/**
 * Why a 504 plan has no goals or progress reports, and what an IEP would add — the law's difference,
 * explained with its citations (34 CFR Part 104 against 34 CFR 300.320(a)(2)–(3)), not a missing field.
 */
export function NoGoalsExplanation({ rows, childName }: { rows: readonly ComparisonRow[]; childName: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="card explain" aria-labelledby="no-goals-title">
      <h3 id="no-goals-title">{t('goals.why504Title')}</h3>
      <p>{t('goals.why504Intro', { name: childName })}</p>
      {rows.map((row) => (
        <div key={row.id} className="comparison-row">
          <h4>{localized(row.topic, language)}</h4>
          <dl className="facts">
            <div>
              <dt>{t('goals.in504')}</dt>
              <dd>
                {localized(row.section504.text, language)} <span className="citation">({row.section504.citation})</span>
              </dd>
            </div>
            <div>
              <dt>{t('goals.inIep')}</dt>
              <dd>
                {localized(row.iep.text, language)} <span className="citation">({row.iep.citation})</span>
              </dd>
            </div>
          </dl>
        </div>
      ))}
      <p>{t('goals.whatIepAdds')}</p>
    </section>
  );
}
