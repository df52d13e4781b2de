import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, PARENT_WRITTEN_REQUEST } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const TRANSITION_SOURCE =
  'http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Individualized-Education-Program-IEP/Postsecondary-Transition-Services';

/** Ohio: 60 days from consent (calendar days derived); transition course of study at 14, full at 16. */
export const ohio: StateRules = {
  code: 'OH',
  deadlineRules: [
    stateRule('OH', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Ohio, within 30 days of your request for an initial evaluation, the district must either obtain your consent to evaluate or give you prior written notice that it does not suspect a disability.',
        es: 'En Ohio, dentro de los 30 días siguientes a su solicitud de evaluación inicial, el distrito debe obtener su consentimiento para evaluar o darle un aviso previo por escrito de que no sospecha una discapacidad.',
        vi: 'Ở Ohio, trong vòng 30 ngày kể từ khi quý vị yêu cầu đánh giá ban đầu, học khu phải hoặc có được sự đồng ý đánh giá của quý vị, hoặc gửi thông báo trước bằng văn bản rằng họ không nghi ngờ con có khuyết tật.',
        'zh-Hans':
          '在俄亥俄州，学区必须在您申请初次评估后30天内，要么获得您对评估的同意，要么发出事先书面通知，说明其不怀疑孩子有残障。',
        ar: 'في أوهايو، خلال 30 يومًا من طلبك التقييم الأولي، يجب على المنطقة التعليمية إما الحصول على موافقتك على التقييم، وإما إرسال إشعار كتابي مسبق بأنها لا تشتبه في وجود إعاقة.',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: [{ type: 'evaluation-consent-received' }, { type: 'evaluation-refused' }],
      measuredTo: {
        en: 'the district has your consent to evaluate, or has refused in writing',
        es: 'el distrito tiene su consentimiento para evaluar, o se ha negado por escrito',
        vi: 'học khu đã có sự đồng ý đánh giá của quý vị, hoặc đã từ chối bằng văn bản',
        'zh-Hans': '学区已获得您对评估的同意，或已书面拒绝',
        ar: 'حصلت المنطقة التعليمية على موافقتك على التقييم، أو رفضت كتابيًا',
      },
      citation: 'Ohio Admin. Code 3301-51-06(B)(3)',
      sourceUrl:
        'http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Evaluation/Request-and-Referral-for-Initial-Evaluation',
      status: 'confirmed',
    }),
    stateRule('OH', ideaInitialEvaluation, {
      summary: {
        en: 'In Ohio the initial evaluation must be conducted within 60 days of receiving your consent.',
        es: 'En Ohio la evaluación inicial debe realizarse dentro de los 60 días siguientes a recibir su consentimiento.',
        vi: 'Ở Ohio, việc đánh giá ban đầu phải được thực hiện trong vòng 60 ngày kể từ khi nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在俄亥俄州，初次评估必须在收到您的同意后60天内进行。',
        ar: 'في أوهايو يجب إجراء التقييم الأولي خلال 60 يومًا من استلام موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ohio Admin. Code 3301-51-06',
      // The state agency's operating standards (6.2) state the same 60 days from consent.
      sourceUrl: `${datasetSource('https://codes.ohio.gov/ohio-administrative-code/rule-3301-51-06')} ; http://education.ohio.gov/Topics/Special-Education/Federal-and-State-Requirements/Procedures-and-Guidance/Evaluation/Request-and-Referral-for-Initial-Evaluation`,
      status: 'confirmed',
    }),
    stateRule('OH', ideaTransitionPlan, {
      summary: {
        en: 'In Ohio the IEP in effect at 14 must state transition service needs focused on the course of study.',
        es: 'En Ohio el IEP vigente a los 14 años debe indicar las necesidades de servicios de transición centradas en el plan de estudios.',
        vi: 'Ở Ohio, IEP có hiệu lực khi 14 tuổi phải nêu nhu cầu dịch vụ chuyển tiếp, tập trung vào chương trình học.',
        'zh-Hans': '在俄亥俄州，14岁时有效的IEP必须写明以课程安排为重点的过渡服务需要。',
        ar: 'في أوهايو يجب أن يبيّن IEP الساري في سن 14 احتياجات خدمات الانتقال مع التركيز على المسار الدراسي.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'Ohio Admin. Code 3301-51-07(H)(2)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
    stateRule('OH', ideaTransitionPlan, {
      kind: 'transition-plan-full',
      summary: {
        en: 'In Ohio the IEP in effect at 16 must include measurable postsecondary goals and transition services.',
        es: 'En Ohio el IEP vigente a los 16 años debe incluir metas medibles para después de la secundaria y servicios de transición.',
        vi: 'Ở Ohio, IEP có hiệu lực khi 16 tuổi phải bao gồm các mục tiêu sau trung học có thể đo lường được và các dịch vụ chuyển tiếp.',
        'zh-Hans': '在俄亥俄州，16岁时有效的IEP必须包含可衡量的中学后目标和过渡服务。',
        ar: 'في أوهايو يجب أن يتضمن IEP الساري في سن 16 أهدافًا قابلة للقياس لما بعد المرحلة الثانوية وخدمات الانتقال.',
      },
      citation: 'Ohio Admin. Code 3301-51-07(H)(2)',
      sourceUrl: TRANSITION_SOURCE,
      status: 'confirmed',
    }),
  ],
};
