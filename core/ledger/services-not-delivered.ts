import { findRule } from '../law/rule-registry';
import type { ServicesLedger } from '../schemas/service-ledger';
import { finding } from '../timeline/findings/finding';
import type { Finding } from '../timeline/timeline-result';

/** The rule the finding rests on: the IEP must be implemented as written once it is in effect. */
const RULE_ID = 'idea.services-start';

const PERIOD_WORDS = {
  day: { en: 'day', es: 'día' },
  week: { en: 'week', es: 'semana' },
  month: { en: 'month', es: 'mes' },
  year: { en: 'year', es: 'año' },
} as const;

/**
 * `services-not-delivered` (issue 21): one finding per IEP service whose compensatory minutes owed exceed one full
 * period's requirement in the services ledger (docs/decisions/0033). A violation: the IEP was not carried out as
 * written (34 CFR 300.323(c)(2)); the citation and its confirmation status come from the rules data.
 */
export function servicesNotDeliveredFindings(ledger: ServicesLedger): Finding[] {
  const rule = findRule(RULE_ID);
  if (rule === undefined) throw new Error(`rule ${RULE_ID} is missing from the rules data`);
  return ledger.services
    .filter((service) => service.exceedsOnePeriod)
    .map((service) => {
      const owed = String(service.owedMinutes);
      const perPeriod = String(service.minutesPerPeriod);
      const period = PERIOD_WORDS[service.period];
      return finding(
        'services-not-delivered',
        'violation',
        {
          en: `${service.service}: ${owed} minutes the IEP requires were not delivered by ${ledger.asOf}, more than one ${period.en}'s requirement (${perPeriod} minutes). The IEP must be carried out as written; you can ask for compensatory services.`,
          es: `${service.service}: al ${ledger.asOf} no se prestaron ${owed} minutos que exige el IEP, más de lo que exige un(a) ${period.es} (${perPeriod} minutos). El IEP debe cumplirse tal como está escrito; puede pedir servicios compensatorios.`,
        },
        rule.citation,
        { rule: rule.id, ruleStatus: rule.status },
      );
    });
}
