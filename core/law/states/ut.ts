import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Utah: 45 school days from signed consent to the evaluation and eligibility meeting. */
export const utah: StateRules = {
  code: 'UT',
  deadlineRules: [
    stateRule('UT', ideaInitialEvaluation, {
      summary: {
        en: 'In Utah the evaluation and the eligibility meeting are due within 45 school days of your signed consent.',
        es: 'En Utah la evaluación y la reunión de elegibilidad vencen dentro de los 45 días escolares siguientes a su consentimiento firmado.',
        vi: 'Ở Utah, việc đánh giá và cuộc họp xác định điều kiện hội đủ đến hạn trong vòng 45 ngày học kể từ khi có sự đồng ý có chữ ký của quý vị.',
        'zh-Hans': '在犹他州，评估和资格认定会议应在您签名同意后45个上学日内完成。',
        ar: 'في يوتا يستحق التقييم واجتماع تقرير الأهلية خلال 45 يومًا دراسيًا من موافقتك الموقَّعة.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Utah SER (R277-750)',
      sourceUrl:
        'https://specialedstartguide.com/blog/utah-special-education-evaluation ; https://specialedstartguide.com/blog/utah-iep-process',
      status: 'confirmed-secondary',
    }),
  ],
};
