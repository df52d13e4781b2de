import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Colorado: 60 calendar days from consent to evaluation and eligibility. A secondary source reports
 * a pause for breaks over 5 consecutive school days; it is not applied (docs/decisions/0002, D9).
 */
export const colorado: StateRules = {
  code: 'CO',
  deadlineRules: [
    stateRule('CO', ideaInitialEvaluation, {
      summary: {
        en: 'In Colorado the evaluation and the eligibility decision are due within 60 calendar days of your consent (a pause for breaks over 5 school days is reported but not confirmed).',
        es: 'En Colorado la evaluación y la decisión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento (se informa una pausa por vacaciones de más de 5 días escolares, no confirmada).',
        vi: 'Ở Colorado, việc đánh giá và quyết định điều kiện hội đủ đến hạn trong vòng 60 ngày lịch kể từ khi quý vị đồng ý (có báo cáo về việc tạm ngưng tính trong các kỳ nghỉ dài hơn 5 ngày học nhưng chưa được xác nhận).',
        'zh-Hans':
          '在科罗拉多州，评估和资格决定应在您同意后60个日历日内完成（有报道称超过5个上学日的假期会暂停计算，但未经证实）。',
        ar: 'في كولورادو يستحق التقييم وقرار الأهلية خلال 60 يومًا تقويميًا من موافقتك (أُفيد بوقف العدّ خلال العطل التي تزيد على 5 أيام دراسية، لكن ذلك غير مؤكد).',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '1 CCR 301-8 (ECEA Rule 4.02)',
      sourceUrl:
        'https://specialedstartguide.com/blog/colorado-special-education-evaluation-timeline ; https://www.law.cornell.edu/regulations/colorado/1-CCR-301-8-4.00',
      status: 'confirmed-secondary',
    }),
  ],
};
