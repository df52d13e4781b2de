import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Georgia: 60 calendar days from consent, not counting breaks of 5+ school days (with weekends) and summer. */
export const georgia: StateRules = {
  code: 'GA',
  deadlineRules: [
    stateRule('GA', ideaInitialEvaluation, {
      summary: {
        en: 'In Georgia the initial evaluation must be completed within 60 calendar days of your consent, not counting school breaks of five or more school days (with their weekends) or summer. The rule’s summer is when most of the district’s teachers are not under contract, which can be shorter than the gap between school years that Binder leaves out; a separate rule for consent received 30 or more days before the end of the year is not applied. Check the dates with the district.',
        es: 'En Georgia la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento, sin contar las vacaciones de cinco o más días escolares (con sus fines de semana) ni el verano. Para la norma, el verano es cuando la mayoría de los maestros del distrito no está bajo contrato, lo que puede ser más corto que el período entre años escolares que Binder omite; no se aplica una norma aparte para el consentimiento recibido 30 o más días antes del fin del año. Confirme las fechas con el distrito.',
        vi: 'Ở Georgia, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi quý vị đồng ý, không tính các kỳ nghỉ của trường từ năm ngày học trở lên (kèm các ngày cuối tuần của chúng) hoặc kỳ nghỉ hè. Theo quy định, kỳ nghỉ hè là thời gian phần lớn giáo viên của học khu không còn hợp đồng, có thể ngắn hơn khoảng nghỉ giữa các năm học mà Binder loại ra; một quy định riêng cho trường hợp sự đồng ý được nhận từ 30 ngày trở lên trước khi kết thúc năm học không được áp dụng. Hãy kiểm tra các ngày này với học khu.',
        'zh-Hans':
          '在佐治亚州，初次评估必须在您同意后60个日历日内完成，不计五个或更多上学日的学校假期（连同其间的周末）或暑假。该规定中的暑假是指学区大多数教师不在合同期内的时间，可能比Binder所排除的学年间隔更短；对于在学年结束前30天或更早收到同意的情况另有一条规定，本计算未采用。请向学区核实这些日期。',
        ar: 'في جورجيا يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من موافقتك، دون احتساب العطل المدرسية التي تبلغ خمسة أيام دراسية أو أكثر (مع عطلات نهاية الأسبوع المتصلة بها) أو العطلة الصيفية. والصيف في هذه القاعدة هو الفترة التي لا يكون فيها معظم معلمي المنطقة التعليمية متعاقدين، وقد تكون أقصر من الفجوة بين العامين الدراسيين التي يستبعدها Binder؛ ولا تُطبَّق قاعدة منفصلة خاصة بالموافقة المستلمة قبل نهاية العام بثلاثين (30) يومًا أو أكثر. تحقّق من التواريخ مع المنطقة التعليمية.',
      },
      breakExclusion: BREAK_EXCLUSIONS.georgia,
      basisText: '60 calendar days, not counting breaks of 5 or more school days and summer',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ga. Comp. R. & Regs. 160-4-7-.04(1)(b)1',
      sourceUrl:
        'https://assistive.eboardsolutions.com/rules/policy.aspx?RC=083592413&Sch=1262&S=1262&RevNo=1.74&T=E&C=I',
      status: 'confirmed',
    }),
  ],
};
