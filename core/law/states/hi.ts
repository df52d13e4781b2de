import { citationRecord, stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

const HRS_302A_443 =
  'https://www.capitol.hawaii.gov/hrscurrent/Vol05_Ch0261-0319/HRS0302A/HRS_0302A-0443.htm ; https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-8-60-61';

/**
 * Hawaii: 60 calendar days from consent (the chapter index lists 8-60-33; its text was not read);
 * 2 years to ask for a hearing, but 180 calendar days from the first day at a unilateral private
 * placement when the request is for reimbursement. The case file has no event for that first day,
 * so the 180-day limit is a citation record and is said in the due-process summary.
 */
export const hawaii: StateRules = {
  code: 'HI',
  deadlineRules: [
    stateRule('HI', ideaInitialEvaluation, {
      summary: {
        en: 'In Hawaii the initial evaluation must be completed within 60 calendar days of the school receiving your consent.',
        es: 'En Hawái la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento.',
        vi: 'Ở Hawaii, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi nhà trường nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在夏威夷州，初次评估必须在学校收到您的同意后60个日历日内完成。',
        ar: 'في هاواي يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من استلام المدرسة موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Haw. Code R. 8-60-33',
      sourceUrl: 'https://specialedstartguide.com/blog/hawaii-har-chapter-60-special-education',
      status: 'confirmed-secondary',
    }),
    stateRule('HI', ideaDueProcessWindow, {
      summary: {
        en: 'In Hawaii a due process hearing must be requested within 2 years of when you knew or should have known of the problem; a request for reimbursement of a private placement you chose must come within 180 calendar days of your child’s first day there.',
        es: 'En Hawái la audiencia de debido proceso debe pedirse dentro de los 2 años siguientes a cuando usted supo o debió saber del problema; una solicitud de reembolso de una colocación privada elegida por usted debe presentarse dentro de los 180 días calendario siguientes al primer día de su hijo(a) allí.',
        vi: 'Ở Hawaii, phiên điều trần theo thủ tục tố tụng phải được yêu cầu trong vòng 2 năm kể từ khi quý vị biết hoặc lẽ ra phải biết về vấn đề; yêu cầu bồi hoàn cho việc con theo học trường tư do quý vị chọn phải được nộp trong vòng 180 ngày lịch kể từ ngày đầu tiên con đi học ở đó.',
        'zh-Hans':
          '在夏威夷州，必须在您知道或应当知道问题之日起2年内申请正当程序听证；如要求报销您自行选择的私立学校安置费用，则须在孩子到该校上学第一天起180个日历日内提出。',
        ar: 'في هاواي يجب طلب جلسة الاستماع وفق الإجراءات القانونية الواجبة خلال سنتين (2) من الوقت الذي علمت فيه أو كان ينبغي أن تعلم بالمشكلة؛ أما طلب تعويض تكاليف إلحاق طفلك بمدرسة خاصة اخترتها فيجب تقديمه خلال 180 يومًا تقويميًا من أول يوم له فيها.',
      },
      citation: 'HRS 302A-443(a)(1)',
      sourceUrl: HRS_302A_443,
      status: 'confirmed',
    }),
  ],
  citations: [
    citationRecord(
      'HI',
      'state',
      'hi.due-process-extensions',
      'Haw. Code R. 8-60-69',
      {
        en: 'A hearing officer may extend due process timelines only for good cause, at most 45 days each time; the parties agreeing is not enough.',
        es: 'Un funcionario de audiencias solo puede prorrogar los plazos del debido proceso por causa justificada, hasta 45 días cada vez; no basta con que las partes lo acuerden.',
        vi: 'Viên chức điều trần chỉ có thể gia hạn các thời hạn của thủ tục tố tụng khi có lý do chính đáng, tối đa 45 ngày mỗi lần; sự đồng ý của các bên là chưa đủ.',
        'zh-Hans': '听证官只有在有正当理由时才可延长正当程序的时限，每次最多45天；仅有双方同意是不够的。',
        ar: 'لا يجوز لمسؤول جلسة الاستماع تمديد مواعيد الإجراءات القانونية الواجبة إلا لسبب وجيه، وبحد أقصى 45 يومًا في كل مرة؛ ولا يكفي اتفاق الطرفين.',
      },
      'confirmed',
      'https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS8-60-69',
    ),
    citationRecord(
      'HI',
      'state',
      'hi.reimbursement-hearing-limit',
      'HRS 302A-443(a)(2); Haw. Code R. 8-60-61(a)(2)',
      {
        en: 'A hearing request for reimbursement of a unilateral private special education placement must be made within 180 calendar days, counted from the student’s first day of attendance at the placement.',
        es: 'La solicitud de audiencia para el reembolso de una colocación privada de educación especial elegida por los padres debe presentarse dentro de 180 días calendario, contados desde el primer día de asistencia del estudiante a esa colocación.',
        vi: 'Yêu cầu điều trần để được bồi hoàn cho việc phụ huynh tự đưa con vào học giáo dục đặc biệt ở trường tư phải được nộp trong vòng 180 ngày lịch, tính từ ngày đầu tiên học sinh đi học tại đó.',
        'zh-Hans':
          '就家长单方面选择的私立特殊教育安置申请报销的听证请求，必须在180个日历日内提出，自学生在该处上学的第一天起计算。',
        ar: 'يجب تقديم طلب جلسة الاستماع لتعويض تكاليف إلحاق الطالب من جانب واحد بمدرسة خاصة للتعليم الخاص خلال 180 يومًا تقويميًا، تُحسب من أول يوم يحضر فيه الطالب إلى تلك المدرسة.',
      },
      'confirmed',
      HRS_302A_443,
    ),
  ],
};
