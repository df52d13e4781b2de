import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

const CHAPTER_7 = 'https://rules.wyo.gov/';

/** Wyoming adopts the IDEA regulations (Dept. of Education Rules ch. 7 § 2): the federal clocks, under the state's rule. */
export const wyoming: StateRules = {
  code: 'WY',
  deadlineRules: [
    stateRule('WY', ideaInitialEvaluation, {
      summary: {
        en: 'In Wyoming, which adopts the federal rule, the initial evaluation must be completed within 60 days of the school receiving your consent.',
        es: 'En Wyoming, que adopta la regla federal, la evaluación inicial debe completarse dentro de los 60 días siguientes a que la escuela reciba su consentimiento.',
        vi: 'Ở Wyoming, nơi áp dụng quy định liên bang, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày kể từ khi nhà trường nhận được sự đồng ý của quý vị.',
        'zh-Hans': '怀俄明州采用联邦规定，初次评估必须在学校收到您的同意后60天内完成。',
        ar: 'في وايومنغ، التي تأخذ بالقاعدة الفيدرالية، يجب إكمال التقييم الأولي خلال 60 يومًا من استلام المدرسة موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Wyo. Dept. of Education Rules ch. 7, § 2 (adopting 34 CFR 300.301(c))',
      sourceUrl: CHAPTER_7,
      status: 'confirmed',
    }),
    stateRule('WY', ideaDueProcessWindow, {
      summary: {
        en: 'In Wyoming, which adopts the federal rule, a due process complaint must be filed within 2 years of when you knew or should have known of the problem.',
        es: 'En Wyoming, que adopta la regla federal, la queja de debido proceso debe presentarse dentro de los 2 años siguientes a cuando usted supo o debió saber del problema.',
        vi: 'Ở Wyoming, nơi áp dụng quy định liên bang, đơn khiếu nại theo thủ tục tố tụng phải được nộp trong vòng 2 năm kể từ khi quý vị biết hoặc lẽ ra phải biết về vấn đề.',
        'zh-Hans': '怀俄明州采用联邦规定，正当程序投诉必须在您知道或应当知道问题之日起2年内提出。',
        ar: 'في وايومنغ، التي تأخذ بالقاعدة الفيدرالية، يجب تقديم شكوى الإجراءات القانونية الواجبة خلال سنتين (2) من الوقت الذي علمت فيه أو كان ينبغي أن تعلم بالمشكلة.',
      },
      citation: 'Wyo. Dept. of Education Rules ch. 7, § 2 (adopting 34 CFR 300.507(a)(2))',
      sourceUrl: CHAPTER_7,
      status: 'confirmed',
    }),
  ],
};
