import { stateRule } from '../define-rule';
import { EVALUATION_DONE, IEP_IMPLEMENTED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const SOURCES =
  'https://www.uft.org/node/120661/printable/print ; http://www.harrisbeach.com/news/articleviewer.cfm?aid=350';

/** New York: evaluation in 60 calendar days and the IEP implemented within 60 school days of consent; transition at 15. */
export const newYork: StateRules = {
  code: 'NY',
  deadlineRules: [
    stateRule('NY', ideaInitialEvaluation, {
      summary: {
        en: 'In New York the initial evaluation must be completed within 60 calendar days of your consent.',
        es: 'En Nueva York la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento.',
        vi: 'Ở New York, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi quý vị đồng ý.',
        'zh-Hans': '在纽约州，初次评估必须在您同意后60个日历日内完成。',
        ar: 'في نيويورك يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '8 NYCRR 200.4(b)(7)',
      sourceUrl: SOURCES,
      status: 'confirmed-secondary',
    }),
    stateRule('NY', ideaInitialEvaluation, {
      kind: 'iep-implementation',
      summary: {
        en: 'In New York the recommended IEP must be implemented within 60 school days of your consent to evaluate.',
        es: 'En Nueva York el IEP recomendado debe aplicarse dentro de los 60 días escolares siguientes a su consentimiento para evaluar.',
        vi: 'Ở New York, IEP được đề xuất phải được thực hiện trong vòng 60 ngày học kể từ khi quý vị đồng ý cho đánh giá.',
        'zh-Hans': '在纽约州，建议的IEP必须在您同意评估后60个上学日内实施。',
        ar: 'في نيويورك يجب تنفيذ IEP الموصى به خلال 60 يومًا دراسيًا من موافقتك على التقييم.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: '8 NYCRR 200.4(e)(1)',
      sourceUrl: SOURCES,
      status: 'confirmed-secondary',
    }),
    stateRule('NY', ideaTransitionPlan, {
      summary: {
        en: 'In New York transition needs, postsecondary goals and services start with the first IEP in effect when your child turns 15.',
        es: 'En Nueva York las necesidades de transición, las metas y los servicios empiezan con el primer IEP vigente cuando su hijo(a) cumple 15 años.',
        vi: 'Ở New York, nhu cầu chuyển tiếp, mục tiêu sau trung học và các dịch vụ bắt đầu từ IEP đầu tiên có hiệu lực khi con quý vị tròn 15 tuổi.',
        'zh-Hans': '在纽约州，过渡需要、中学后目标和相关服务从您的孩子年满15岁时生效的第一份IEP开始。',
        ar: 'في نيويورك تبدأ احتياجات الانتقال وأهداف ما بعد المرحلة الثانوية والخدمات مع أول IEP يسري عند بلوغ طفلك 15 عامًا.',
      },
      count: 15,
      basisText: 'age 15',
      citation: '8 NYCRR 200.4(d)(2)(ix)',
      sourceUrl: 'http://transitionsource.org/regulations-transition',
      status: 'confirmed',
    }),
  ],
};
