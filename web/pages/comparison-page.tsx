import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useChosenStudent, useComparison } from '../api/understand';
import { CitedSource } from '../components/app/cited-source';
import { ComparisonTable } from '../components/guide/comparison-table';
import { JurisdictionSelect } from '../components/forms/jurisdiction-select';
import { PageTitle } from '../components/app/page-title';
import { localized } from '../i18n/localized';
import { isKnownJurisdiction, jurisdictionName } from '../understand/jurisdiction-options';

/**
 * IEP or 504 plan? The comparison row by row for a state: `?jurisdiction=NH`, else the state of the child in
 * `?student=`, else federal rules only. Choosing another state changes the address, so it can be shared.
 */
export function ComparisonPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [params, setParams] = useSearchParams();
  const studentId = params.get('student');
  const student = useChosenStudent(studentId);
  const asked = params.get('jurisdiction')?.toUpperCase() ?? null;
  const jurisdiction = isKnownJurisdiction(asked) ? asked : (student.data?.jurisdiction ?? 'US');
  const isWaitingForChild = !isKnownJurisdiction(asked) && studentId !== null && student.isPending;
  const comparison = useComparison(jurisdiction, !isWaitingForChild);
  const [draft, setDraft] = useState<string | null>(null);
  const stateName = jurisdictionName(jurisdiction, language);
  const facts = comparison.data?.facts;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('jurisdiction', draft ?? jurisdiction);
    setParams(next);
    setDraft(null);
  };

  return (
    <>
      <PageTitle>{t('comparison.title')}</PageTitle>
      <p className="lead">{t('comparison.intro')}</p>
      <form className="inline-form state-picker" onSubmit={submit} aria-label={t('comparison.pickerLabel')}>
        <JurisdictionSelect
          id="comparison-jurisdiction"
          label={t('comparison.stateLabel')}
          hint={t('comparison.stateHint')}
          value={draft ?? jurisdiction}
          onChange={setDraft}
        />
        <button type="submit" className="secondary">
          {t('comparison.show')}
        </button>
      </form>
      {student.data === undefined ? null : (
        <p>
          {t('comparison.forChild', {
            name: student.data.givenName,
            state: jurisdictionName(student.data.jurisdiction, language),
          })}
        </p>
      )}
      <div role="status" aria-live="polite">
        {comparison.isPending ? <p>{t('comparison.loading')}</p> : null}
        {comparison.isError ? (
          <p className="error">{t('comparison.failed', { message: comparison.error.message })}</p>
        ) : null}
        {facts === undefined || isWaitingForChild ? null : <p>{t('comparison.showing', { state: stateName })}</p>}
      </div>
      {facts === undefined || isWaitingForChild ? null : (
        <>
          {facts.onePlanPosition === null ? null : (
            <section className="notice one-plan" aria-labelledby="one-plan-title">
              <h2 id="one-plan-title">{t('comparison.onePlanTitle', { state: stateName })}</h2>
              <p>{localized(facts.onePlanPosition.summary, language)}</p>
              <CitedSource citation={facts.onePlanPosition.citation} status={facts.onePlanPosition.status} />
            </section>
          )}
          {facts.hasEncodedRules ? null : (
            <p className="notice">{t('comparison.noStateRules', { state: stateName })}</p>
          )}
          <ComparisonTable
            rows={comparison.data?.rows ?? []}
            stateName={stateName}
            caption={t('comparison.caption', { state: stateName })}
          />
          <section aria-labelledby="comparison-next" className="card">
            <h2 id="comparison-next">{t('comparison.nextTitle')}</h2>
            <ul className="compact-list">
              <li>
                <Link
                  to={
                    studentId === null
                      ? `/guide?jurisdiction=${encodeURIComponent(jurisdiction)}`
                      : `/guide?student=${encodeURIComponent(studentId)}`
                  }
                >
                  {t('comparison.toGuide')}
                </Link>
              </li>
              <li>
                <Link to={studentId === null ? '/letters' : `/letters?student=${encodeURIComponent(studentId)}`}>
                  {t('comparison.toLetters')}
                </Link>
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
