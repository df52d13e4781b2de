import type { JurisdictionRules } from '../../law/rule-registry';
import { compileMatches, eventsMatching, firstMatchFrom } from '../match-events';
import { firstOverlap } from '../plan-spans';
import type { PlanSpan } from '../plan-spans';
import type { PreparedCase, PreparedEvent } from '../prepare-case';
import { textIn } from '../../law/rule-status';
import { formatDateAll, formatDateIn } from '../format-date';
import type { Finding } from '../timeline-result';
import { finding } from './finding';

/**
 * `both-plans`: once per case when an IEP and a 504 plan cover the same day up to the as-of date —
 * a violation where state guidance forbids it (New Hampshire), information elsewhere.
 */
export function findBothPlans(
  prepared: PreparedCase,
  rules: JurisdictionRules,
  iepSpans: readonly PlanSpan[],
  spans504: readonly PlanSpan[],
): Finding[] {
  const day = firstOverlap(iepSpans, spans504, prepared.asOf);
  if (day === null) return [];
  const onePlan = rules.state?.onePlanPosition;
  const since = formatDateAll(day);
  if (onePlan !== undefined) {
    return [
      finding(
        'both-plans',
        'violation',
        {
          en: `Your child has had both an IEP and a 504 plan since ${since.en}. ${onePlan.summary.en}`,
          es: `Su hijo(a) tiene a la vez un IEP y un plan 504 desde el ${since.es}. ${onePlan.summary.es}`,
          vi: `Con quý vị có cả IEP và kế hoạch 504 từ ngày ${since.vi}. ${textIn(onePlan.summary, 'vi')}`,
          'zh-Hans': `自${since['zh-Hans']}起，您的孩子同时有IEP和504计划。${textIn(onePlan.summary, 'zh-Hans')}`,
          ar: `لدى طفلك IEP وخطة 504 معًا منذ ${since.ar}. ${textIn(onePlan.summary, 'ar')}`,
        },
        onePlan.citation,
        { ruleStatus: onePlan.status, rule: `${rules.jurisdiction.toLowerCase()}.one-plan-position` },
      ),
    ];
  }
  return [
    finding(
      'both-plans',
      'info',
      {
        en: `Your child has had both an IEP and a 504 plan since ${since.en}. Federal law does not forbid this, but it is unusual: an IEP can carry the accommodations and meets Section 504 duties too.`,
        es: `Su hijo(a) tiene a la vez un IEP y un plan 504 desde el ${since.es}. La ley federal no lo prohíbe, pero es poco común: el IEP puede incluir las adaptaciones y cumple también con la Sección 504.`,
        vi: `Con quý vị có cả IEP và kế hoạch 504 từ ngày ${since.vi}. Luật liên bang không cấm điều này, nhưng trường hợp này không phổ biến: IEP có thể bao gồm các điều chỉnh hỗ trợ và cũng đáp ứng các nghĩa vụ theo Mục 504.`,
        'zh-Hans': `自${since['zh-Hans']}起，您的孩子同时有IEP和504计划。联邦法律并不禁止这种情况，但这并不常见：IEP可以包含便利措施，同时也履行第504条规定的义务。`,
        ar: `لدى طفلك IEP وخطة 504 معًا منذ ${since.ar}. لا يمنع القانون الفيدرالي ذلك، لكنه غير معتاد: إذ يمكن أن يتضمن IEP الترتيبات التيسيرية، وهو يفي أيضًا بواجبات المادة 504.`,
      },
      '34 CFR 104.33',
      { ruleStatus: 'confirmed' },
    ),
  ];
}

const ANSWERS = compileMatches([{ type: 'evaluation-consent-received' }, { type: 'evaluation-refused' }]);
const REQUESTS = compileMatches([{ type: 'evaluation-requested' }]);
const PLANS_504 = compileMatches([{ type: 'plan-started', where: { framework: ['504'] } }]);

/** The first request on or before `day` that had neither consent nor a refusal by `day`. */
function unansweredRequestBefore(
  prepared: PreparedCase,
  requests: readonly PreparedEvent[],
  day: number,
): PreparedEvent | undefined {
  for (const request of requests) {
    if (request.day > day) break;
    const answer = firstMatchFrom(prepared, ANSWERS, request.day);
    if (answer === null || answer.day > day) return request;
  }
  return undefined;
}

/**
 * `504-instead-of-evaluation`: a 504 plan started on or after a request to evaluate while the
 * district had neither received consent nor refused in writing in between (one per such plan).
 */
export function find504InsteadOfEvaluation(prepared: PreparedCase): Finding[] {
  const requests = eventsMatching(prepared, REQUESTS);
  if (requests.length === 0) return [];
  const findings: Finding[] = [];
  for (const plan of eventsMatching(prepared, PLANS_504)) {
    const request = unansweredRequestBefore(prepared, requests, plan.day);
    if (request === undefined) continue;
    findings.push(
      finding(
        '504-instead-of-evaluation',
        'warning',
        {
          en: `A 504 plan started on ${formatDateIn(plan.day, 'en')} after the request for an evaluation on ${formatDateIn(request.day, 'en')}, but the district had neither asked for and received your consent to evaluate nor refused in writing. A 504 plan does not answer a request for an IDEA evaluation.`,
          es: `Un plan 504 comenzó el ${formatDateIn(plan.day, 'es')} después de la solicitud de evaluación del ${formatDateIn(request.day, 'es')}, pero el distrito no había recibido su consentimiento para evaluar ni se había negado por escrito. Un plan 504 no responde a una solicitud de evaluación bajo IDEA.`,
          vi: `Một kế hoạch 504 bắt đầu vào ngày ${formatDateIn(plan.day, 'vi')}, sau yêu cầu đánh giá vào ngày ${formatDateIn(request.day, 'vi')}, nhưng học khu chưa xin và nhận được sự đồng ý đánh giá của quý vị, cũng chưa từ chối bằng văn bản. Kế hoạch 504 không thay thế cho việc trả lời yêu cầu đánh giá theo IDEA.`,
          'zh-Hans': `在${formatDateIn(request.day, 'zh-Hans')}提出评估申请后，一份504计划于${formatDateIn(plan.day, 'zh-Hans')}开始实施，但学区既没有征求并获得您对评估的同意，也没有书面拒绝。504计划不能代替对IDEA评估申请的答复。`,
          ar: `بدأت خطة 504 في ${formatDateIn(plan.day, 'ar')} بعد طلب التقييم المقدَّم في ${formatDateIn(request.day, 'ar')}، لكن المنطقة التعليمية لم تطلب موافقتك على التقييم وتحصل عليها، ولم ترفض كتابيًا. وخطة 504 لا تُعدّ ردًا على طلب تقييم بموجب IDEA.`,
        },
        '34 CFR 300.503(a)',
        { ruleStatus: 'confirmed' },
      ),
    );
  }
  return findings;
}
