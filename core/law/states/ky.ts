import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Kentucky: 60 school days from consent to the evaluation and, if eligible, the IEP. */
export const kentucky: StateRules = {
  code: 'KY',
  deadlineRules: [
    stateRule('KY', ideaInitialEvaluation, {
      summary: {
        en: 'In Kentucky the evaluation and, if your child is eligible, the IEP are due within 60 school days of your consent.',
        es: 'En Kentucky la evaluación y, si su hijo(a) es elegible, el IEP vencen dentro de los 60 días escolares siguientes a su consentimiento.',
        vi: 'Ở Kentucky, việc đánh giá và, nếu con quý vị hội đủ điều kiện, IEP đến hạn trong vòng 60 ngày học kể từ khi quý vị đồng ý.',
        'zh-Hans': '在肯塔基州，评估以及（如果您的孩子符合资格）IEP，应在您同意后60个上学日内完成。',
        ar: 'في كنتاكي يستحق التقييم، وIEP إذا كان طفلك مؤهلًا، خلال 60 يومًا دراسيًا من موافقتك.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: '707 KAR 1:320 Sec. 2(3)',
      sourceUrl: 'https://www.kyspin.com/news_posts/myth-busters-timeline-for-initial-evaluation-to-be-completed/',
      status: 'confirmed-secondary',
    }),
  ],
};
