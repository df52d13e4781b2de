import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ruleStatusLabel } from '../../core/guide/rule-status-label';
import { STATE_AND_DC_CODES, type JurisdictionCode } from '../../core/law/jurisdiction-names';
import { jurisdictionCoverage, lawCoverage, type CoverageRule } from '../../core/law/law-coverage';
import { PageTitle } from '../components/app/page-title';
import { JurisdictionSelect } from '../components/forms/jurisdiction-select';
import { localized } from '../i18n/localized';
import { jurisdictionName } from '../understand/jurisdiction-options';

/** A state or DC code with rules of its own, from the address (any case). */
function coveredCode(code: string | undefined): JurisdictionCode | null {
  const upper = code?.toUpperCase() ?? '';
  return STATE_AND_DC_CODES.find((known) => known === upper) ?? null;
}

/** The federal rules every jurisdiction builds on (its own rules replace some of the deadlines). */
const FEDERAL_RULES = lawCoverage().federal.rules;

/** The id a rule's row has, so a deadline's "Not right?" can point at it (`/law/CA#rule-…`). */
export const ruleAnchor = (ruleId: string): string => `rule-${ruleId}`;

/**
 * How Binder covers the law in one jurisdiction (`/law/:jurisdiction`): each of its rules with what it says,
 * its source and status, then the federal rules it builds on. Made from core/law, the same data as
 * docs/law-coverage.md and the deadlines, so nothing here is kept by hand.
 */
export function LawCoveragePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const params = useParams();
  const code = coveredCode(params.jurisdiction);
  const [draft, setDraft] = useState<string>(code ?? 'CA');
  const place = code === null ? (params.jurisdiction ?? '') : jurisdictionName(code, language);
  const coverage = code === null ? null : jurisdictionCoverage(code);
  const federalKinds = new Set(coverage?.federalKinds ?? []);
  const federal = FEDERAL_RULES.filter((rule) => rule.type !== 'deadline' || federalKinds.has(rule.kind ?? ''));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void navigate(`/law/${encodeURIComponent(draft)}`);
  };
  return (
    <>
      <PageTitle>{t('lawCoverage.title', { place })}</PageTitle>
      <form className="inline-form" onSubmit={submit}>
        <JurisdictionSelect id="law-jurisdiction" label={t('lawCoverage.choose')} value={draft} onChange={setDraft} />
        <button type="submit" className="secondary">
          {t('lawCoverage.show')}
        </button>
      </form>
      {coverage === null ? (
        <p>{t('lawCoverage.unknown', { code: params.jurisdiction ?? '' })}</p>
      ) : (
        <>
          <p>{t('lawCoverage.intro', { place })}</p>
          <RuleTable rules={coverage.rules} language={language} caption={place} />
          {federal.length === 0 ? null : (
            <RuleTable rules={federal} language={language} caption={t('lawCoverage.federal')} />
          )}
        </>
      )}
    </>
  );
}

function RuleTable(props: { rules: readonly CoverageRule[]; language: string; caption: string }) {
  const { t } = useTranslation();
  if (props.rules.length === 0) return <p>{t('lawCoverage.none')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lawCoverage.rule')}</th>
            <th scope="col">{t('lawCoverage.summary')}</th>
            <th scope="col">{t('lawCoverage.source')}</th>
            <th scope="col">{t('lawCoverage.status')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rules.map((rule) => (
            <tr key={rule.id} id={ruleAnchor(rule.id)}>
              <th scope="row">{rule.numbers ?? rule.id}</th>
              <td>{localized(rule.summary, props.language)}</td>
              <td>
                <a href={rule.sourceUrl} className="citation">
                  {rule.citation}
                </a>
              </td>
              <td>{localized(ruleStatusLabel(rule.status), props.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
