import { findRule } from '../law/rule-registry';
import type { FullText } from '../progress/format-words';
import type { ServicesLedger } from '../schemas/service-ledger';
import { finding } from '../timeline/findings/finding';
import type { Finding } from '../timeline/timeline-result';

/** The rule the finding rests on: the IEP must be implemented as written once it is in effect. */
const RULE_ID = 'idea.services-start';

const PERIOD_WORDS: Readonly<Record<ServicesLedger['services'][number]['period'], FullText>> = {
  day: { en: 'day', es: 'día', vi: 'ngày', 'zh-Hans': '天', ar: 'يوم' },
  week: { en: 'week', es: 'semana', vi: 'tuần', 'zh-Hans': '周', ar: 'أسبوع' },
  month: { en: 'month', es: 'mes', vi: 'tháng', 'zh-Hans': '月', ar: 'شهر' },
  year: { en: 'year', es: 'año', vi: 'năm', 'zh-Hans': '年', ar: 'سنة' },
};

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
          vi: `${service.service}: đến ${ledger.asOf}, ${owed} phút mà IEP yêu cầu chưa được cung cấp, nhiều hơn mức yêu cầu của một ${period.vi} (${perPeriod} phút). IEP phải được thực hiện đúng như đã ghi; quý vị có thể yêu cầu dịch vụ bù đắp.`,
          'zh-Hans': `${service.service}：截至 ${ledger.asOf}，IEP 要求的 ${owed} 分钟没有提供，超过一${period['zh-Hans']}的要求（${perPeriod} 分钟）。IEP 必须按书面内容执行；您可以要求补偿性服务。`,
          ar: `${service.service}: حتى ${ledger.asOf} لم تُقدَّم دقائق يشترطها برنامج IEP عددها ${owed}، وهو أكثر مما يشترطه ${period.ar} واحد (${perPeriod} دقيقة). يجب تنفيذ برنامج IEP كما هو مكتوب؛ ويمكنك طلب خدمات تعويضية.`,
        },
        rule.citation,
        { rule: rule.id, ruleStatus: rule.status },
      );
    });
}
