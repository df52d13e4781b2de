import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const TRANSITION_SOURCE = 'https://sites.google.com/nhcs.net/nhcstransition/home';

/**
 * North Carolina: 90 days from the written referral to placement; transition components at 14
 * and full postsecondary goals at 16 (kind `transition-plan-full`).
 */
export const northCarolina: StateRules = {
  code: 'NC',
  deadlineRules: [
    stateRule('NC', ideaInitialEvaluation, {
      summary: {
        en: 'In North Carolina the evaluation, eligibility decision, IEP and placement must be completed within 90 days of receiving the written referral (no summer pause).',
        es: 'En Carolina del Norte la evaluación, la decisión de elegibilidad, el IEP y la ubicación deben completarse dentro de los 90 días siguientes a recibir la remisión escrita (sin pausa en verano).',
        vi: 'Ở Bắc Carolina, việc đánh giá, quyết định điều kiện hội đủ, IEP và nơi xếp học phải hoàn tất trong vòng 90 ngày kể từ khi nhận được giấy giới thiệu bằng văn bản (không tạm ngưng vào mùa hè).',
        'zh-Hans': '在北卡罗来纳州，评估、资格决定、IEP和安置必须在收到书面转介后90天内完成（暑假不暂停计算）。',
        ar: 'في كارولاينا الشمالية يجب إكمال التقييم وقرار الأهلية وIEP والمكان التعليمي خلال 90 يومًا من استلام الإحالة الكتابية (دون توقف في الصيف).',
      },
      count: 90,
      basisText: '90 calendar days',
      trigger: { from: 'referral' },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'NC Policies 1503-2.2; 1503-4.4',
      sourceUrl:
        'https://edregnc.com/regulation/1282 ; https://edregnc.com/regulation/1296 ; https://specialedstartguide.com/blog/north-carolina-iep-evaluation-timeline',
      status: 'confirmed-secondary',
    }),
    stateRule('NC', ideaTransitionPlan, {
      summary: {
        en: 'In North Carolina the IEP in effect at 14 must state transition needs, preferences, interests and course of study.',
        es: 'En Carolina del Norte el IEP vigente a los 14 años debe indicar necesidades de transición, preferencias, intereses y plan de estudios.',
        vi: 'Ở Bắc Carolina, IEP có hiệu lực khi 14 tuổi phải nêu nhu cầu, sở thích, mối quan tâm về chuyển tiếp và chương trình học.',
        'zh-Hans': '在北卡罗来纳州，14岁时有效的IEP必须写明过渡需要、偏好、兴趣和课程安排。',
        ar: 'في كارولاينا الشمالية يجب أن يبيّن IEP الساري في سن 14 احتياجات الانتقال وتفضيلات الطالب واهتماماته ومساره الدراسي.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'NC 1503-4.1(b)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
    stateRule('NC', ideaTransitionPlan, {
      kind: 'transition-plan-full',
      summary: {
        en: 'In North Carolina the IEP in effect at 16 must include measurable postsecondary goals and transition services.',
        es: 'En Carolina del Norte el IEP vigente a los 16 años debe incluir metas medibles para después de la secundaria y servicios de transición.',
        vi: 'Ở Bắc Carolina, IEP có hiệu lực khi 16 tuổi phải bao gồm các mục tiêu sau trung học có thể đo lường được và các dịch vụ chuyển tiếp.',
        'zh-Hans': '在北卡罗来纳州，16岁时有效的IEP必须包含可衡量的中学后目标和过渡服务。',
        ar: 'في كارولاينا الشمالية يجب أن يتضمن IEP الساري في سن 16 أهدافًا قابلة للقياس لما بعد المرحلة الثانوية وخدمات الانتقال.',
      },
      citation: 'NC 1503-4.1(b)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
    stateRule('NC', ideaDueProcessWindow, {
      summary: {
        en: 'In North Carolina a due process petition must be about a violation that happened not more than one year before you knew or reasonably should have known of it (longer if the district misrepresented that it had solved the problem or withheld information it had to give you).',
        es: 'En Carolina del Norte una petición de debido proceso debe tratar de una infracción ocurrida no más de un año antes de que usted la conociera o debiera razonablemente conocerla (más si el distrito afirmó falsamente haber resuelto el problema u ocultó información que debía darle).',
        vi: 'Ở Bắc Carolina, đơn yêu cầu theo thủ tục tố tụng phải liên quan đến một vi phạm xảy ra không quá một năm trước khi quý vị biết hoặc lẽ ra phải biết một cách hợp lý về vi phạm đó (lâu hơn nếu học khu đã trình bày sai rằng họ đã giải quyết vấn đề hoặc đã giữ lại thông tin phải cung cấp cho quý vị).',
        'zh-Hans':
          '在北卡罗来纳州，正当程序申请所涉及的违规行为必须发生在您知道或理应知道该违规之前一年以内（如果学区谎称已解决问题，或隐瞒了应向您提供的信息，则期限更长）。',
        ar: 'في كارولاينا الشمالية يجب أن تتعلق عريضة الإجراءات القانونية الواجبة بمخالفة وقعت قبل علمك أو وجوب علمك المعقول بها بسنة واحدة على الأكثر (وتطول المدة إذا ادّعت المنطقة التعليمية كذبًا أنها حلّت المشكلة أو حجبت معلومات كان عليها تقديمها لك).',
      },
      count: 1,
      basisText: '1 year',
      citation: 'N.C. Gen. Stat. 115C-109.6(b)',
      sourceUrl:
        'http://ncleg.net/EnactedLegislation/Statutes/HTML/BySection/Chapter_115C/GS_115C-109.6.html ; https://edregnc.com/regulation/1308',
      status: 'confirmed',
    }),
  ],
};
