import { citationRecord, stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const COMAR_EVALUATION = 'COMAR 13A.05.01.06A';
const COMAR_SOURCES = 'http://mdrules.elaws.us/comar/13a.05.01.06 ; http://olms.cte.jhu.edu/421487';

/**
 * Maryland: two clocks run at once — 60 days from consent AND 90 days from the written referral —
 * so both are listed (the second as kind `initial-evaluation-from-referral`); transition at 14.
 */
export const maryland: StateRules = {
  code: 'MD',
  deadlineRules: [
    stateRule('MD', ideaInitialEvaluation, {
      summary: {
        en: 'In Maryland the initial evaluation must be completed within 60 days of your consent, and also within 90 days of the written referral.',
        es: 'En Maryland la evaluación inicial debe completarse dentro de los 60 días siguientes a su consentimiento, y también dentro de los 90 días siguientes a la remisión escrita.',
        vi: 'Ở Maryland, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày kể từ khi quý vị đồng ý, đồng thời trong vòng 90 ngày kể từ khi có giới thiệu bằng văn bản.',
        'zh-Hans': '在马里兰州，初次评估必须在您同意后60天内完成，同时也须在书面转介后90天内完成。',
        ar: 'في ماريلاند يجب إكمال التقييم الأولي خلال 60 يومًا من موافقتك، وكذلك خلال 90 يومًا من الإحالة الكتابية.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: COMAR_EVALUATION,
      sourceUrl: COMAR_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MD', ideaInitialEvaluation, {
      kind: 'initial-evaluation-from-referral',
      summary: {
        en: 'In Maryland the initial evaluation must also be completed within 90 days of the school receiving the written referral.',
        es: 'En Maryland la evaluación inicial también debe completarse dentro de los 90 días siguientes a que la escuela reciba la remisión escrita.',
        vi: 'Ở Maryland, việc đánh giá ban đầu cũng phải hoàn tất trong vòng 90 ngày kể từ khi nhà trường nhận được giấy giới thiệu bằng văn bản.',
        'zh-Hans': '在马里兰州，初次评估还必须在学校收到书面转介后90天内完成。',
        ar: 'في ماريلاند يجب أيضًا إكمال التقييم الأولي خلال 90 يومًا من استلام المدرسة الإحالة الكتابية.',
      },
      count: 90,
      basisText: '90 calendar days',
      trigger: { from: 'referral' },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: COMAR_EVALUATION,
      sourceUrl: COMAR_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MD', ideaTransitionPlan, {
      summary: {
        en: 'In Maryland transition planning starts with the first IEP in effect when your child turns 14.',
        es: 'En Maryland la planificación de la transición empieza con el primer IEP vigente cuando su hijo(a) cumple 14 años.',
        vi: 'Ở Maryland, việc lập kế hoạch chuyển tiếp bắt đầu từ IEP đầu tiên có hiệu lực khi con quý vị tròn 14 tuổi.',
        'zh-Hans': '在马里兰州，过渡规划从您的孩子年满14岁时生效的第一份IEP开始。',
        ar: 'في ماريلاند يبدأ التخطيط للانتقال مع أول IEP يسري عند بلوغ طفلك 14 عامًا.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'COMAR 13A.05.01.09',
      sourceUrl:
        'https://sites.google.com/mcpsmd.net/mcps-special-education-complia/individualized-education-program-document/transition-planning ; http://olms.ctejhu.org/9195',
      status: 'confirmed-secondary',
    }),
  ],
  citations: [
    citationRecord(
      'MD',
      'state',
      'md.discipline-change-of-placement',
      'COMAR 13A.08.03.05',
      {
        en: 'Maryland restates the federal rule: a removal of more than 10 consecutive school days, or a pattern over 10, is a change of placement.',
        es: 'Maryland repite la regla federal: una expulsión de más de 10 días escolares seguidos, o un patrón de más de 10, es un cambio de ubicación.',
        vi: 'Maryland nhắc lại quy định liên bang: việc cho nghỉ học quá 10 ngày học liên tiếp, hoặc một chuỗi các lần cho nghỉ học cộng lại quá 10 ngày, là một thay đổi nơi xếp học.',
        'zh-Hans':
          '马里兰州重申联邦规定：连续停学超过10个上学日，或多次停学累计超过10天并构成一种模式，即属于安置变更。',
        ar: 'تعيد ماريلاند تأكيد القاعدة الفيدرالية: الإبعاد لأكثر من 10 أيام دراسية متتالية، أو نمط من حالات الإبعاد يتجاوز 10 أيام، يُعدّ تغييرًا في المكان التعليمي.',
      },
      'confirmed',
      'http://www.dsd.state.md.us/comar/comarhtml/13a/13a.08.03.05.htm',
    ),
  ],
};
