import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { serviceLedgerChartSvg, serviceLedgerSentence } from '../../../core/charts/service-ledger-chart-svg';
import type { ServiceLedger } from '../../../core/schemas/service-ledger';
import { useServicesLedger } from '../../api/service-logs';
import { formatDate } from '../../i18n/format-date';
import { readingLanguageOf } from '../../i18n/languages';
import { StackedTableHead } from '../app/stacked-table-head';

/** Required, delivered, made up and owed minutes per service: the summary a parent brings to a meeting. */
function LedgerSummaryTable({ services }: { services: readonly ServiceLedger[] }) {
  const { t } = useTranslation();
  const headings = [
    t('ledger.service'),
    t('ledger.promise'),
    t('ledger.required'),
    t('ledger.delivered'),
    t('ledger.madeUp'),
    t('ledger.owed'),
  ] as const;
  return (
    <table className="stacked-table">
      <caption>{t('ledger.summaryCaption')}</caption>
      <StackedTableHead headings={headings} />
      <tbody>
        {services.map((service) => (
          <tr key={service.serviceId}>
            <th scope="row">{service.service}</th>
            <td>
              <span className="cell-label">{headings[1]}</span>
              {t(`ledger.perPeriod.${service.period}`, { count: service.minutesPerPeriod })}
            </td>
            <td>
              <span className="cell-label">{headings[2]}</span>
              {t('ledger.minutes', { count: service.requiredMinutes })}
            </td>
            <td>
              <span className="cell-label">{headings[3]}</span>
              {t('ledger.minutes', { count: service.deliveredMinutes })}
            </td>
            <td>
              <span className="cell-label">{headings[4]}</span>
              {t('ledger.minutes', { count: service.madeUpMinutes })}
            </td>
            <td>
              <span className="cell-label">{headings[5]}</span>
              {service.owedMinutes > 0 ? (
                <strong>{t('ledger.minutes', { count: service.owedMinutes })}</strong>
              ) : (
                t('ledger.minutes', { count: 0 })
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One service: its chart (bars per period against the required line), the same numbers as a table, missed sessions. */
function ServiceLedgerDetail({ ledger, index }: { ledger: ServiceLedger; index: number }) {
  const { t, i18n } = useTranslation();
  // The chart's words and its description are in all five reading languages (core/charts).
  const language = readingLanguageOf(i18n.language);
  const period = t(`ledger.period.${ledger.period}`);
  const headingId = `ledger-service-${String(index)}`;
  const headings = [
    t('ledger.periodStart'),
    t('ledger.required'),
    t('ledger.delivered'),
    t('ledger.excused'),
    t('ledger.madeUp'),
    t('ledger.runningOwed'),
  ] as const;
  return (
    <section aria-labelledby={headingId} className="ledger-service">
      <h4 id={headingId}>{t('ledger.chartTitle', { service: ledger.service, period })}</h4>
      {ledger.exceedsOnePeriod ? <p className="error">{t('ledger.exceeds', { period })}</p> : null}
      <figure className="progress-chart">
        {/* Our own core/charts SVG: every text escaped, role="img" with a title and a description. */}
        <div
          className="progress-chart-image"
          dangerouslySetInnerHTML={{
            __html: serviceLedgerChartSvg(ledger, { language, idPrefix: `ledger-chart-${String(index)}` }),
          }}
        />
        <figcaption>{serviceLedgerSentence(ledger, language)}</figcaption>
      </figure>
      <details>
        <summary>{t('ledger.tableSummary', { period })}</summary>
        <table className="stacked-table">
          <caption>{t('ledger.tableCaption', { service: ledger.service, period })}</caption>
          <StackedTableHead headings={headings} />
          <tbody>
            {ledger.periods.map((row) => (
              <tr key={row.start}>
                <th scope="row">
                  {formatDate(row.start, i18n.language)}
                  {row.complete ? null : ` (${t('ledger.notEnded')})`}
                </th>
                <td>
                  <span className="cell-label">{headings[1]}</span>
                  {row.requiredMinutes}
                </td>
                <td>
                  <span className="cell-label">{headings[2]}</span>
                  {row.deliveredMinutes}
                </td>
                <td>
                  <span className="cell-label">{headings[3]}</span>
                  {row.excusedMinutes}
                </td>
                <td>
                  <span className="cell-label">{headings[4]}</span>
                  {row.madeUpMinutes}
                </td>
                <td>
                  <span className="cell-label">{headings[5]}</span>
                  {row.owedMinutes}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {ledger.missed.length === 0 ? null : (
        <>
          <h5>{t('ledger.missedTitle', { service: ledger.service })}</h5>
          <ul>
            {ledger.missed.map((missed) => (
              <li key={missed.reason ?? 'none'}>
                {t('ledger.missedLine', {
                  reason: t(`ledger.reason.${missed.reason ?? 'none'}`),
                  sessions: missed.sessions,
                  minutes: missed.minutes,
                })}{' '}
                ({missed.owed ? t('ledger.owedYes') : t('ledger.owedNo')})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The services ledger on the Services tab (issue 21): the total of compensatory minutes owed, a summary per service,
 * and per service a chart with its table (docs/decisions/0033).
 */
export function ServicesLedgerSection({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const ledger = useServicesLedger(studentId);
  return (
    <section aria-labelledby="ledger-title">
      <h3 id="ledger-title">{t('ledger.title')}</h3>
      <p>{t('ledger.intro')}</p>
      {ledger.isError ? <p className="error">{t('ledger.loadFailed', { message: ledger.error.message })}</p> : null}
      {ledger.data === undefined ? (
        ledger.isError ? null : (
          <p role="status">{t('ledger.loading')}</p>
        )
      ) : ledger.data.services.length === 0 ? (
        <p>{t('ledger.none')}</p>
      ) : (
        <>
          {ledger.data.hasCalendar ? null : <p className="notice">{t('ledger.noCalendar')}</p>}
          <p className="ledger-total">
            <strong>
              {ledger.data.owedMinutes > 0
                ? t('ledger.total', { count: ledger.data.owedMinutes })
                : t('ledger.totalNone')}
            </strong>
          </p>
          {ledger.data.owedMinutes > 0 ? (
            <p>
              <Link
                className="button-link secondary-link"
                to={`/letters?student=${encodeURIComponent(studentId)}&kind=compensatory-services`}
              >
                {t('letterLedger.writeLetter')}
              </Link>
            </p>
          ) : null}
          <LedgerSummaryTable services={ledger.data.services} />
          {ledger.data.services.map((service, index) => (
            <ServiceLedgerDetail key={service.serviceId} ledger={service} index={index} />
          ))}
        </>
      )}
    </section>
  );
}
