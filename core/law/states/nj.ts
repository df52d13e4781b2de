import { stateRule } from '../define-rule';
import { IEP_IMPLEMENTED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING, REQUEST_MEETING_HELD } from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting, ideaTransitionPlan } from '../idea';
import { DATASET_URL } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * New Jersey: identification meeting within 20 calendar days of the referral and written notice of
 * its decision within 15 calendar days of that meeting (6A:14-3.3(e), district pages); 90 calendar
 * days from consent to the IEP in effect; IEP meeting 30 days after eligibility; transition at 14.
 */
export const newJersey: StateRules = {
  code: 'NJ',
  deadlineRules: [
    stateRule('NJ', ideaInitialEvaluation, {
      kind: 'evaluation-request-meeting',
      summary: {
        en: 'In New Jersey the team must hold an identification meeting within 20 calendar days of the referral to decide whether to evaluate; written notice of its decision follows within 15 days. Older sources say school holidays (not summer) are not counted; Binder counts every day, so check with the district.',
        es: 'En Nueva Jersey el equipo debe celebrar una reunión de identificación dentro de los 20 días calendario siguientes a la remisión para decidir si evalúa; el aviso por escrito de su decisión llega dentro de 15 días. Fuentes antiguas dicen que no se cuentan los feriados escolares (pero sí el verano); Binder cuenta todos los días, así que confírmelo con el distrito.',
        vi: 'Ở New Jersey, nhóm phải tổ chức cuộc họp xác định (identification meeting) trong vòng 20 ngày lịch kể từ khi có giới thiệu để quyết định có đánh giá hay không; thông báo bằng văn bản về quyết định được gửi trong vòng 15 ngày sau đó. Các nguồn cũ hơn nói rằng ngày lễ của trường (không phải mùa hè) không được tính; Binder tính mọi ngày, nên hãy kiểm tra với học khu.',
        'zh-Hans':
          '在新泽西州，小组必须在转介后20个日历日内召开鉴定会议（identification meeting），决定是否进行评估；随后在15天内发出书面决定通知。较早的来源说不计学校节假日（暑假除外）；Binder计算每一天，因此请向学区核实。',
        ar: 'في نيوجيرسي يجب على الفريق عقد اجتماع تحديد (identification meeting) خلال 20 يومًا تقويميًا من الإحالة ليقرر إجراء التقييم أو عدمه؛ ويليه إشعار كتابي بقراره خلال 15 يومًا. تذكر مصادر أقدم أن العطل المدرسية (غير الصيف) لا تُحتسب؛ أما Binder فيحتسب كل الأيام، لذا تحقّق مع المنطقة التعليمية.',
      },
      count: 20,
      basisText: '20 calendar days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_MEETING_HELD,
      measuredTo: {
        en: 'the team has met on the referral (or answered it in writing)',
        es: 'el equipo se ha reunido sobre la remisión (o la ha respondido por escrito)',
        vi: 'nhóm đã họp về việc giới thiệu (hoặc đã trả lời bằng văn bản)',
        'zh-Hans': '小组已就转介开会（或已书面答复）',
        ar: 'اجتمع الفريق بشأن الإحالة (أو ردّ عليها كتابيًا)',
      },
      citation: 'N.J.A.C. 6A:14-3.3(e)',
      sourceUrl:
        'https://www.chclc.org/Page/2389 ; http://www2.hvrsd.org/Offices/SpecialEducation/Pages/Evaluation.aspx',
      status: 'confirmed-secondary',
    }),
    stateRule('NJ', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In New Jersey, after the identification meeting, the district must give you written notice of its decision (to evaluate, and how, or not to evaluate) within 15 calendar days of that meeting.',
        es: 'En Nueva Jersey, después de la reunión de identificación, el distrito debe darle un aviso por escrito de su decisión (evaluar, y cómo, o no evaluar) dentro de los 15 días calendario siguientes a esa reunión.',
        vi: 'Ở New Jersey, sau cuộc họp xác định, học khu phải gửi cho quý vị thông báo bằng văn bản về quyết định của mình (đánh giá, và đánh giá như thế nào, hoặc không đánh giá) trong vòng 15 ngày lịch kể từ cuộc họp đó.',
        'zh-Hans':
          '在新泽西州，鉴定会议之后，学区必须在会议后15个日历日内向您发出书面通知，说明其决定（进行评估及评估方式，或不进行评估）。',
        ar: 'في نيوجيرسي، بعد اجتماع التحديد، يجب على المنطقة التعليمية أن ترسل إليك إشعارًا كتابيًا بقرارها (إجراء التقييم وكيفيته، أو عدم إجرائه) خلال 15 يومًا تقويميًا من ذلك الاجتماع.',
      },
      count: 15,
      basisText: '15 calendar days',
      trigger: { from: 'events', events: [{ type: 'referral-meeting-held' }] },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: 'N.J.A.C. 6A:14-3.3(e)',
      sourceUrl:
        'https://www.chclc.org/Page/2389 ; http://www2.hvrsd.org/Offices/SpecialEducation/Pages/Evaluation.aspx',
      status: 'confirmed-secondary',
    }),
    stateRule('NJ', ideaInitialEvaluation, {
      summary: {
        en: 'In New Jersey the evaluation, the eligibility decision and, if eligible, the IEP in effect are due within 90 calendar days of your consent.',
        es: 'En Nueva Jersey la evaluación, la decisión de elegibilidad y, si hay elegibilidad, el IEP en vigor vencen dentro de los 90 días calendario siguientes a su consentimiento.',
        vi: 'Ở New Jersey, việc đánh giá, quyết định điều kiện hội đủ và, nếu hội đủ điều kiện, IEP có hiệu lực đến hạn trong vòng 90 ngày lịch kể từ khi quý vị đồng ý.',
        'zh-Hans': '在新泽西州，评估、资格决定以及（如果符合资格）生效的IEP，应在您同意后90个日历日内完成。',
        ar: 'في نيوجيرسي يستحق التقييم وقرار الأهلية، وسريان IEP إذا كان الطفل مؤهلًا، خلال 90 يومًا تقويميًا من موافقتك.',
      },
      count: 90,
      basisText: '90 calendar days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: 'N.J.A.C. 6A:14-3.4(e)',
      sourceUrl: `https://www.lrhsd.org/Page/668 ; ${DATASET_URL}`,
      status: 'confirmed',
    }),
    stateRule('NJ', ideaInitialIepMeeting, {
      summary: {
        en: 'In New Jersey the IEP meeting must be held within 30 calendar days of the eligibility decision.',
        es: 'En Nueva Jersey la reunión del IEP debe celebrarse dentro de los 30 días calendario siguientes a la decisión de elegibilidad.',
        vi: 'Ở New Jersey, cuộc họp IEP phải được tổ chức trong vòng 30 ngày lịch kể từ quyết định về điều kiện hội đủ.',
        'zh-Hans': '在新泽西州，必须在资格决定后30个日历日内召开IEP会议。',
        ar: 'في نيوجيرسي يجب عقد اجتماع IEP خلال 30 يومًا تقويميًا من قرار الأهلية.',
      },
      citation: 'N.J.A.C. 6A:14-3.7(a)',
      sourceUrl:
        'http://casetext.com/regulation/new-jersey-administrative-code/title-6a-education/chapter-14-special-education/subchapter-3-services/section-6a14-37-individualized-education-program',
      status: 'confirmed',
    }),
    stateRule('NJ', ideaTransitionPlan, {
      summary: {
        en: 'In New Jersey transition content belongs in the IEP for the year your child turns 14.',
        es: 'En Nueva Jersey el contenido de transición va en el IEP del año en que su hijo(a) cumple 14 años.',
        vi: 'Ở New Jersey, nội dung chuyển tiếp phải có trong IEP của năm con quý vị tròn 14 tuổi.',
        'zh-Hans': '在新泽西州，过渡内容应写入您的孩子年满14岁那一年的IEP。',
        ar: 'في نيوجيرسي يجب أن يرد محتوى الانتقال في IEP الخاص بالعام الذي يبلغ فيه طفلك 14 عامًا.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'N.J.A.C. 6A:14-3.7(e)',
      sourceUrl:
        'https://acnj.org/the-high-school-years-for-students-with-individualized-education-plans-ieps-options-and-issues ; https://www.njcosac.org/cosac2/transition',
      status: 'confirmed-secondary',
    }),
  ],
};
