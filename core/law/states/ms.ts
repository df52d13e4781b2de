import { stateRule } from '../define-rule';
import {
  EVALUATION_DONE,
  MEASURED_TO,
  PARENT_REQUEST,
  REQUEST_ANSWERED_IN_WRITING,
  REQUEST_MEETING_HELD,
} from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const PART_34 =
  'https://casetext.com/regulation/mississippi-administrative-code/title-7-education-k-12/part-34-state-policies-regarding-children-with-disabilities-under-the-individuals-with-disabilities-education-act-amendments-of-2004';

/**
 * Mississippi: 60 calendar days from consent (secondary). Transition at 14 and the age of majority
 * at 21 are the better-supported readings but conflict with other sources, so both are
 * `unconfirmed`. A parent's request, spoken or written, starts two clocks (34-D-300.301(b), read): the
 * evaluation team meets on it within 14 calendar days, and prior written notice of its decision follows
 * within 7 calendar days of that meeting.
 */
export const mississippi: StateRules = {
  code: 'MS',
  deadlineRules: [
    stateRule('MS', ideaInitialEvaluation, {
      kind: 'evaluation-request-meeting',
      summary: {
        en: 'In Mississippi, when you ask for an evaluation (in writing or out loud), the Multidisciplinary Evaluation Team must meet within 14 calendar days to decide whether to evaluate.',
        es: 'En Misisipi, cuando usted pide una evaluación (por escrito o de palabra), el Equipo de Evaluación Multidisciplinario debe reunirse dentro de los 14 días calendario siguientes para decidir si evalúa.',
        vi: 'Ở Mississippi, khi quý vị yêu cầu đánh giá (bằng văn bản hoặc bằng lời nói), Nhóm Đánh giá Đa ngành (Multidisciplinary Evaluation Team) phải họp trong vòng 14 ngày lịch để quyết định có đánh giá hay không.',
        'zh-Hans':
          '在密西西比州，当您（以书面或口头方式）申请评估时，多学科评估小组（Multidisciplinary Evaluation Team）必须在14个日历日内开会，决定是否进行评估。',
        ar: 'في ميسيسيبي، عندما تطلب التقييم (كتابيًا أو شفهيًا)، يجب أن يجتمع فريق التقييم متعدد التخصصات (Multidisciplinary Evaluation Team) خلال 14 يومًا تقويميًا ليقرر إجراء التقييم أو عدمه.',
      },
      count: 14,
      basisText: '14 calendar days',
      trigger: { from: 'events', events: PARENT_REQUEST },
      completedBy: REQUEST_MEETING_HELD,
      measuredTo: {
        en: 'the evaluation team has met on your request (or answered it in writing)',
        es: 'el equipo de evaluación se ha reunido sobre su solicitud (o la ha respondido por escrito)',
        vi: 'nhóm đánh giá đã họp về yêu cầu của quý vị (hoặc đã trả lời bằng văn bản)',
        'zh-Hans': '评估小组已就您的申请开会（或已书面答复）',
        ar: 'اجتمع فريق التقييم بشأن طلبك (أو ردّ عليه كتابيًا)',
      },
      citation: '7 Miss. Code R. 34-D-300.301(b)',
      sourceUrl: PART_34,
      status: 'confirmed',
    }),
    stateRule('MS', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Mississippi the school must give you prior written notice of the evaluation team’s decision within 7 calendar days of the meeting on your request.',
        es: 'En Misisipi la escuela debe darle un aviso previo por escrito de la decisión del equipo de evaluación dentro de los 7 días calendario siguientes a la reunión sobre su solicitud.',
        vi: 'Ở Mississippi, nhà trường phải gửi cho quý vị thông báo trước bằng văn bản về quyết định của nhóm đánh giá trong vòng 7 ngày lịch kể từ cuộc họp về yêu cầu của quý vị.',
        'zh-Hans': '在密西西比州，学校必须在就您的申请召开会议后7个日历日内，向您发出关于评估小组决定的事先书面通知。',
        ar: 'في ميسيسيبي يجب على المدرسة أن ترسل إليك إشعارًا كتابيًا مسبقًا بقرار فريق التقييم خلال 7 أيام تقويمية من الاجتماع بشأن طلبك.',
      },
      count: 7,
      basisText: '7 calendar days',
      trigger: { from: 'events', events: [{ type: 'referral-meeting-held' }] },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '7 Miss. Code R. 34-D-300.301(b)',
      sourceUrl: PART_34,
      status: 'confirmed',
    }),
    stateRule('MS', ideaInitialEvaluation, {
      summary: {
        en: 'In Mississippi the initial evaluation must be completed within 60 calendar days of the school receiving your signed consent.',
        es: 'En Misisipi la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento firmado.',
        vi: 'Ở Mississippi, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi nhà trường nhận được sự đồng ý có chữ ký của quý vị.',
        'zh-Hans': '在密西西比州，初次评估必须在学校收到您签名的同意书后60个日历日内完成。',
        ar: 'في ميسيسيبي يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من استلام المدرسة موافقتك الموقَّعة.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '7 Miss. Code R. 34-D-300.301',
      sourceUrl: `https://specialedstartguide.com/blog/mississippi-special-education-evaluation ; ${PART_34}`,
      status: 'confirmed-secondary',
    }),
    stateRule('MS', ideaTransitionPlan, {
      summary: {
        en: 'In Mississippi transition planning is reported to start with the IEP in effect at 14; one source says 16 and the state rule was not checked, so plan for 14.',
        es: 'En Misisipi se informa que la planificación de la transición empieza con el IEP vigente a los 14 años; una fuente dice 16 y no se verificó la norma estatal, así que planifique para los 14.',
        vi: 'Ở Mississippi, theo báo cáo, việc lập kế hoạch chuyển tiếp bắt đầu từ IEP có hiệu lực khi 14 tuổi; một nguồn nói là 16 và chưa kiểm tra được quy định của tiểu bang, nên hãy chuẩn bị từ 14 tuổi.',
        'zh-Hans':
          '据报道，在密西西比州，过渡规划从14岁时有效的IEP开始；有一个来源说是16岁，州规定未经核对，因此请按14岁来准备。',
        ar: 'أُفيد بأن التخطيط للانتقال في ميسيسيبي يبدأ مع IEP الساري في سن 14؛ ويذكر أحد المصادر سن 16، ولم يُتحقق من قاعدة الولاية، لذا خطّط على أساس سن 14.',
      },
      count: 14,
      basisText: 'age 14',
      citation: '7 Miss. Code R. 34-D-300.320(b) (not read)',
      sourceUrl: PART_34,
      status: 'unconfirmed',
    }),
    stateRule('MS', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Mississippi the age of majority is reported to be 21, so the IEP would tell your child by 20 which rights transfer; one source says 18 and the state rule was not checked.',
        es: 'En Misisipi se informa que la mayoría de edad es a los 21 años, así que el IEP informaría a su hijo(a) a los 20 qué derechos pasan a él o ella; una fuente dice 18 y no se verificó la norma estatal.',
        vi: 'Ở Mississippi, theo báo cáo, tuổi trưởng thành theo luật là 21, nên IEP sẽ cho con quý vị biết trước 20 tuổi những quyền nào được chuyển sang con; một nguồn nói là 18 và chưa kiểm tra được quy định của tiểu bang.',
        'zh-Hans':
          '据报道，在密西西比州，法定成年年龄为21岁，因此IEP会在孩子20岁前告知哪些权利将转移给他或她；有一个来源说是18岁，州规定未经核对。',
        ar: 'أُفيد بأن سن الرشد في ميسيسيبي هو 21 عامًا، لذا يُبلغ IEP طفلك بحلول سن 20 بالحقوق التي ستنتقل إليه؛ ويذكر أحد المصادر سن 18، ولم يُتحقق من قاعدة الولاية.',
      },
      count: 21,
      basisText: '1 year before age 21',
      citation: 'Miss. Code Ann. 1-3-27; 7 Miss. Code R. 34-E-300.520 (not read)',
      sourceUrl: PART_34,
      status: 'unconfirmed',
    }),
  ],
};
