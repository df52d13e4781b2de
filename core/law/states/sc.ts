import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * South Carolina adopts 34 CFR Part 300 (S.C. Code Regs. 43-243, read), so the evaluation clock is
 * the federal 60 days. Transition at 13 is what most secondary sources say, but its state source
 * was not found and one guide says 16, so that rule is `unconfirmed`.
 */
export const southCarolina: StateRules = {
  code: 'SC',
  deadlineRules: [
    stateRule('SC', ideaInitialEvaluation, {
      summary: {
        en: 'In South Carolina, which adopts the federal rule, the initial evaluation must be completed within 60 days of the school receiving your consent.',
        es: 'En Carolina del Sur, que adopta la regla federal, la evaluación inicial debe completarse dentro de los 60 días siguientes a que la escuela reciba su consentimiento.',
        vi: 'Ở Nam Carolina, nơi áp dụng quy định liên bang, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày kể từ khi nhà trường nhận được sự đồng ý của quý vị.',
        'zh-Hans': '南卡罗来纳州采用联邦规定，初次评估必须在学校收到您的同意后60天内完成。',
        ar: 'في كارولاينا الجنوبية، التي تأخذ بالقاعدة الفيدرالية، يجب إكمال التقييم الأولي خلال 60 يومًا من استلام المدرسة موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'S.C. Code Regs. 43-243 (adopting 34 CFR 300.301(c))',
      sourceUrl:
        'https://casetext.com/regulation/south-carolina-administrative-code/chapter-43-state-board-of-education',
      status: 'confirmed',
    }),
    stateRule('SC', ideaTransitionPlan, {
      summary: {
        en: 'In South Carolina transition planning is reported to start at 13; the state source was not found and one guide says 16, so plan for 13.',
        es: 'En Carolina del Sur se informa que la planificación de la transición empieza a los 13 años; no se encontró la fuente estatal y una guía dice 16, así que planifique para los 13.',
        vi: 'Ở Nam Carolina, theo báo cáo, việc lập kế hoạch chuyển tiếp bắt đầu từ 13 tuổi; chưa tìm thấy nguồn của tiểu bang và một tài liệu hướng dẫn nói là 16, nên hãy chuẩn bị từ 13 tuổi.',
        'zh-Hans':
          '据报道，在南卡罗来纳州，过渡规划从13岁开始；未找到州的原始来源，且有一份指南说是16岁，因此请按13岁来准备。',
        ar: 'أُفيد بأن التخطيط للانتقال في كارولاينا الجنوبية يبدأ في سن 13؛ ولم يُعثر على مصدر الولاية، ويذكر أحد الأدلة سن 16، لذا خطّط على أساس سن 13.',
      },
      count: 13,
      basisText: 'age 13',
      citation: 'South Carolina (state source not identified)',
      sourceUrl: 'https://www.pandasc.org/',
      status: 'unconfirmed',
    }),
  ],
};
