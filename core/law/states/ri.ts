import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, FOUND_ELIGIBLE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const SOURCE = datasetSource('https://rules.sos.ri.gov/regulations/part/200-20-30-6');

/** Rhode Island: 60 calendar days from consent to the eligibility meeting; IEP and services within 15 school days of eligibility. */
export const rhodeIsland: StateRules = {
  code: 'RI',
  deadlineRules: [
    stateRule('RI', ideaInitialEvaluation, {
      summary: {
        en: 'In Rhode Island the evaluation, the written report and the eligibility meeting are due within 60 calendar days of your consent.',
        es: 'En Rhode Island la evaluación, el informe escrito y la reunión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento.',
        vi: 'Ở Rhode Island, việc đánh giá, báo cáo bằng văn bản và cuộc họp xác định điều kiện hội đủ đến hạn trong vòng 60 ngày lịch kể từ khi quý vị đồng ý.',
        'zh-Hans': '在罗得岛州，评估、书面报告和资格认定会议应在您同意后60个日历日内完成。',
        ar: 'في رود آيلاند يستحق التقييم والتقرير المكتوب واجتماع تقرير الأهلية خلال 60 يومًا تقويميًا من موافقتك.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '200-RICR-20-30-6',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
    stateRule('RI', ideaInitialEvaluation, {
      kind: 'iep-implementation',
      summary: {
        en: 'In Rhode Island the IEP must be developed and services available within 15 school days of the eligibility decision.',
        es: 'En Rhode Island el IEP debe elaborarse y los servicios estar disponibles dentro de los 15 días escolares siguientes a la decisión de elegibilidad.',
        vi: 'Ở Rhode Island, IEP phải được soạn và dịch vụ phải sẵn sàng trong vòng 15 ngày học kể từ quyết định về điều kiện hội đủ.',
        'zh-Hans': '在罗得岛州，必须在资格决定后15个上学日内制定IEP并提供服务。',
        ar: 'في رود آيلاند يجب وضع IEP وإتاحة الخدمات خلال 15 يومًا دراسيًا من قرار الأهلية.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'events', events: FOUND_ELIGIBLE },
      completedBy: [{ type: 'plan-started', where: { framework: ['iep'] } }],
      measuredTo: MEASURED_TO.iepImplemented,
      citation: '200-RICR-20-30-6',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
  ],
};
