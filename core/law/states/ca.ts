import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { IEP_DEVELOPED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation, ideaRecordsAccess } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/**
 * California: 60 days from consent to the IEP, not counting days between terms and vacations over
 * 5 school days; for a referral 30 days or less before the year's end, 30 days after the next year
 * starts (56344(a)).
 */
export const california: StateRules = {
  code: 'CA',
  deadlineRules: [
    stateRule('CA', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In California the district must give you a proposed assessment plan within 15 days of the referral, not counting days between school years or vacations of more than five school days; for a referral 10 days or less before the end of the school year, within 10 days after the next school year starts. You then have at least 15 days to decide.',
        es: 'En California el distrito debe darle un plan de evaluación propuesto dentro de los 15 días siguientes a la remisión, sin contar los días entre años escolares ni las vacaciones de más de cinco días escolares; para una remisión hecha 10 días o menos antes del fin del año escolar, dentro de los 10 días siguientes al inicio del siguiente año escolar. Después usted tiene al menos 15 días para decidir.',
        vi: 'Ở California, học khu phải đưa cho quý vị một kế hoạch đánh giá đề xuất trong vòng 15 ngày kể từ khi có giới thiệu, không tính những ngày giữa các năm học hoặc các kỳ nghỉ dài hơn năm ngày học; nếu giới thiệu được đưa ra trong vòng 10 ngày hoặc ít hơn trước khi kết thúc năm học, thì trong vòng 10 ngày sau khi năm học mới bắt đầu. Sau đó quý vị có ít nhất 15 ngày để quyết định.',
        'zh-Hans':
          '在加利福尼亚州，学区必须在转介后15天内向您提供拟议的评估计划，不计学年之间的日子或超过五个上学日的假期；如果转介是在学年结束前10天或更短时间内提出的，则须在下一学年开始后10天内提供。之后您至少有15天时间作决定。',
        ar: 'في كاليفورنيا يجب على المنطقة التعليمية أن تقدم لك خطة تقييم مقترحة خلال 15 يومًا من الإحالة، دون احتساب الأيام الواقعة بين الأعوام الدراسية أو العطل التي تزيد على خمسة أيام دراسية؛ وإذا جاءت الإحالة قبل نهاية العام الدراسي بعشرة (10) أيام أو أقل، فخلال 10 أيام من بدء العام الدراسي التالي. ثم يكون أمامك 15 يومًا على الأقل لتقرر.',
      },
      count: 15,
      trigger: { from: 'referral' },
      breakExclusion: BREAK_EXCLUSIONS.california,
      basisText: '15 calendar days, not counting days between school years and vacations over 5 school days',
      yearEnd: {
        id: 'days-after-next-year-start',
        withinDays: 10,
        label: {
          en: 'the referral came 10 days or less before the end of the school year, so the plan is due 10 days after the next school year starts',
          es: 'la remisión llegó 10 días o menos antes del fin del año escolar, así que el plan vence 10 días después del inicio del siguiente año escolar',
          vi: 'giới thiệu được đưa ra trong vòng 10 ngày hoặc ít hơn trước khi kết thúc năm học, nên kế hoạch đến hạn 10 ngày sau khi năm học mới bắt đầu',
          'zh-Hans': '转介是在学年结束前10天或更短时间内提出的，因此计划应在下一学年开始后10天内提供',
          ar: 'جاءت الإحالة قبل نهاية العام الدراسي بعشرة (10) أيام أو أقل، لذا تستحق الخطة بعد 10 أيام من بدء العام الدراسي التالي',
        },
      },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: {
        en: 'the district has given you a proposed assessment plan (or refused in writing)',
        es: 'el distrito le ha dado un plan de evaluación propuesto (o se ha negado por escrito)',
        vi: 'học khu đã đưa cho quý vị một kế hoạch đánh giá đề xuất (hoặc đã từ chối bằng văn bản)',
        'zh-Hans': '学区已向您提供拟议的评估计划（或已书面拒绝）',
        ar: 'قدّمت لك المنطقة التعليمية خطة تقييم مقترحة (أو رفضت كتابيًا)',
      },
      citation: 'Cal. Educ. Code 56321(a)',
      sourceUrl: 'https://jurris.com/california/education-code/56320-56330/56321-3',
      status: 'confirmed',
    }),
    stateRule('CA', ideaRecordsAccess, {
      summary: {
        en: 'In California you may see and get copies of your child’s school records within 5 business days of asking, orally or in writing, and before any IEP meeting or hearing.',
        es: 'En California puede ver y obtener copias de los expedientes escolares de su hijo(a) dentro de los 5 días hábiles siguientes a su solicitud, oral o escrita, y antes de cualquier reunión del IEP o audiencia.',
        vi: 'Ở California, quý vị có thể xem và nhận bản sao hồ sơ học tập của con trong vòng 5 ngày làm việc kể từ khi yêu cầu, bằng lời nói hoặc bằng văn bản, và trước bất kỳ cuộc họp IEP hay phiên điều trần nào.',
        'zh-Hans':
          '在加利福尼亚州，您提出口头或书面要求后5个工作日内，并在任何IEP会议或听证之前，可以查阅并获得孩子学校记录的副本。',
        ar: 'في كاليفورنيا يمكنك الاطلاع على سجلات طفلك المدرسية والحصول على نسخ منها خلال 5 أيام عمل من طلبك، شفهيًا أو كتابيًا، وقبل أي اجتماع IEP أو جلسة استماع.',
      },
      count: 5,
      basis: 'business-days',
      basisText: '5 business days',
      citation: 'Cal. Educ. Code 56504; 49069.7(b)',
      sourceUrl: 'https://jurris.com/california/education-code/56500-56509/56504-12',
      status: 'confirmed',
    }),
    stateRule('CA', ideaInitialEvaluation, {
      summary: {
        en: 'In California an IEP must be developed within 60 days of receiving your written consent for assessment, not counting days between school years or school vacations of more than five school days. For a referral made 30 days or less before the end of the school year, the IEP is due within 30 days after the next school year starts.',
        es: 'En California el IEP debe elaborarse dentro de los 60 días siguientes a recibir su consentimiento escrito para la evaluación, sin contar los días entre años escolares ni las vacaciones de más de cinco días escolares. Para una remisión hecha 30 días o menos antes del fin del año escolar, el IEP vence dentro de los 30 días siguientes al inicio del siguiente año escolar.',
        vi: 'Ở California, IEP phải được soạn trong vòng 60 ngày kể từ khi nhận được sự đồng ý bằng văn bản của quý vị cho việc đánh giá, không tính những ngày giữa các năm học hoặc các kỳ nghỉ của trường dài hơn năm ngày học. Nếu giới thiệu được đưa ra trong vòng 30 ngày hoặc ít hơn trước khi kết thúc năm học, IEP đến hạn trong vòng 30 ngày sau khi năm học mới bắt đầu.',
        'zh-Hans':
          '在加利福尼亚州，必须在收到您对评估的书面同意后60天内制定IEP，不计学年之间的日子或超过五个上学日的学校假期。如果转介是在学年结束前30天或更短时间内提出的，IEP应在下一学年开始后30天内完成。',
        ar: 'في كاليفورنيا يجب وضع IEP خلال 60 يومًا من استلام موافقتك الكتابية على التقييم، دون احتساب الأيام الواقعة بين الأعوام الدراسية أو العطل المدرسية التي تزيد على خمسة أيام دراسية. وإذا جاءت الإحالة قبل نهاية العام الدراسي بثلاثين (30) يومًا أو أقل، يستحق IEP خلال 30 يومًا من بدء العام الدراسي التالي.',
      },
      breakExclusion: BREAK_EXCLUSIONS.california,
      basisText: '60 calendar days, not counting days between school years and vacations over 5 school days',
      // 56344(a), second sentence: for a referral made 30 days or less before the end of the regular
      // school year, the IEP is due within 30 days after the next regular school year starts.
      yearEnd: {
        id: 'days-after-next-year-start',
        withinDays: 30,
        conditionOn: 'referral',
        label: {
          en: 'the referral came 30 days or less before the end of the school year, so the IEP is due 30 days after the next school year starts',
          es: 'la remisión llegó 30 días o menos antes del fin del año escolar, así que el IEP vence 30 días después del inicio del siguiente año escolar',
          vi: 'giới thiệu được đưa ra trong vòng 30 ngày hoặc ít hơn trước khi kết thúc năm học, nên IEP đến hạn 30 ngày sau khi năm học mới bắt đầu',
          'zh-Hans': '转介是在学年结束前30天或更短时间内提出的，因此IEP应在下一学年开始后30天内完成',
          ar: 'جاءت الإحالة قبل نهاية العام الدراسي بثلاثين (30) يومًا أو أقل، لذا يستحق IEP بعد 30 يومًا من بدء العام الدراسي التالي',
        },
      },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'Cal. Educ. Code 56344(a)',
      // The statute's own text was read (a verbatim mirror of 56344(a)): status confirmed.
      sourceUrl: `https://jurris.com/california/education-code/56340-56347/56344-12 ; ${datasetSource(
        'https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=EDC&division=4.&title=2.&part=30.&chapter=4.&article=3.',
      )}`,
      status: 'confirmed',
    }),
  ],
};
