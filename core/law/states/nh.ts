import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * New Hampshire: 60 days from consent (the current rule per the dataset; an older source says 45
 * with a 30-day extension — docs/decisions/0002, D8). State guidance: an IDEA-eligible child gets
 * an IEP, not a 504 plan, so both plans at once is a violation here.
 */
export const newHampshire: StateRules = {
  code: 'NH',
  deadlineRules: [
    stateRule('NH', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In New Hampshire the IEP team must decide what to do about a referral and give you written notice of its decision within 15 business days of the referral.',
        es: 'En Nuevo Hampshire el equipo del IEP debe decidir qué hacer con una remisión y darle aviso por escrito de su decisión dentro de los 15 días hábiles siguientes a la remisión.',
        vi: 'Ở New Hampshire, nhóm IEP phải quyết định cách xử lý việc giới thiệu và gửi cho quý vị thông báo bằng văn bản về quyết định đó trong vòng 15 ngày làm việc kể từ khi có giới thiệu.',
        'zh-Hans': '在新罕布什尔州，IEP小组必须在转介后15个工作日内决定如何处理转介，并向您发出书面决定通知。',
        ar: 'في نيوهامبشير يجب على فريق IEP أن يقرر ما يفعله بشأن الإحالة ويرسل إليك إشعارًا كتابيًا بقراره خلال 15 يوم عمل من الإحالة.',
      },
      count: 15,
      basis: 'business-days',
      basisText: '15 business days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: 'N.H. Code Admin. R. Ed 1106.01(d)–(e)',
      sourceUrl: 'https://www.gencourt.state.nh.us/rules/state_agencies/ed1100.html',
      status: 'confirmed',
    }),
    stateRule('NH', ideaInitialEvaluation, {
      summary: {
        en: 'In New Hampshire the evaluation process must be completed within 60 days of receiving your consent (an older source says 45 days; check Ed 1107.01).',
        es: 'En Nuevo Hampshire el proceso de evaluación debe completarse dentro de los 60 días siguientes a recibir su consentimiento (una fuente antigua dice 45 días; verifique Ed 1107.01).',
        vi: 'Ở New Hampshire, quá trình đánh giá phải hoàn tất trong vòng 60 ngày kể từ khi nhận được sự đồng ý của quý vị (một nguồn cũ hơn nói là 45 ngày; hãy kiểm tra Ed 1107.01).',
        'zh-Hans': '在新罕布什尔州，评估过程必须在收到您的同意后60天内完成（较早的来源说是45天；请查阅Ed 1107.01）。',
        ar: 'في نيوهامبشير يجب إكمال عملية التقييم خلال 60 يومًا من استلام موافقتك (يذكر مصدر أقدم 45 يومًا؛ راجع Ed 1107.01).',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'N.H. Code Admin. R. Ed 1107.01(c)',
      sourceUrl: `${datasetSource('https://www.gencourt.state.nh.us/rules/state_agencies/ed1100.html')} ; https://www.timetoast.com/timelines/special-education-process-timeline-ed512-sam-price`,
      status: 'dataset',
    }),
  ],
  onePlanPosition: {
    citation: 'NH DOE guidance (Bureau of Special Education; Yankton Sch. Dist. v. Schramm, 8th Cir. 1996)',
    status: 'confirmed',
    summary: {
      en: 'New Hampshire’s Department of Education says a student who qualifies under IDEA gets an IEP instead of a 504 plan; the district may not choose 504 services for an IDEA-eligible child. Accommodations go in the IEP.',
      es: 'El Departamento de Educación de Nuevo Hampshire indica que un estudiante que califica bajo IDEA recibe un IEP en lugar de un plan 504; el distrito no puede elegir servicios 504 para un niño elegible bajo IDEA. Las adaptaciones van en el IEP.',
      vi: 'Bộ Giáo dục New Hampshire cho biết học sinh hội đủ điều kiện theo IDEA sẽ có IEP thay vì kế hoạch 504; học khu không được chọn dịch vụ 504 cho trẻ hội đủ điều kiện theo IDEA. Các điều chỉnh hỗ trợ được đưa vào IEP.',
      'zh-Hans':
        '新罕布什尔州教育厅表示，符合IDEA资格的学生应获得IEP，而不是504计划；学区不得为符合IDEA资格的孩子选择504服务。便利措施应写入IEP。',
      ar: 'تقول وزارة التعليم في نيوهامبشير إن الطالب المؤهل بموجب IDEA يحصل على IEP بدلًا من خطة 504؛ ولا يجوز للمنطقة التعليمية أن تختار خدمات 504 لطفل مؤهل بموجب IDEA. وتُدرج الترتيبات التيسيرية في IEP.',
    },
    sourceUrl: 'http://www.education.nh.gov/instruction/school_health/faq_504.htm',
  },
};
