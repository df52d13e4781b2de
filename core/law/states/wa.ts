import { civilActionWindowRule } from '../civil-action';
import { stateRule } from '../define-rule';
import { CONSENT_RECEIVED, ELIGIBILITY_DECIDED, EVALUATION_REQUEST_ANSWERED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaRecordsAccess } from '../idea';
import { DATASET_URL } from '../state-rules';
import type { StateRules } from '../state-rules';

const WAC_03005 =
  'https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20392%20%20TITLE/WAC%20392%20-172A%20CHAPTER/WAC%20392%20-172A-03005.htm ; https://app.leg.wa.gov/WAC/default.aspx?cite=392-172A-03015';

const civilActionWindow = civilActionWindowRule('WA', {
  summary: {
    en: 'In Washington a party may bring a civil action within 90 days of the administrative law judge’s decision.',
    es: 'En Washington una parte puede presentar una demanda civil dentro de los 90 días siguientes a la decisión del juez de derecho administrativo.',
    vi: 'Ở Washington, một bên có thể khởi kiện dân sự trong vòng 90 ngày kể từ quyết định của thẩm phán luật hành chính.',
    'zh-Hans': '在华盛顿州，当事人可以在行政法法官作出裁决后90天内提起民事诉讼。',
    ar: 'في واشنطن يجوز لأي طرف رفع دعوى مدنية خلال 90 يومًا من قرار قاضي القانون الإداري.',
  },
  count: 90,
  citation: 'WAC 392-172A-05115',
  sourceUrl:
    'https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20392%20%20TITLE/WAC%20392%20-172A%20CHAPTER/WAC%20392%20-172A-05115.htm',
  status: 'confirmed',
});

/**
 * Washington: 25 school days from referral to decide whether to evaluate (kind `evaluation-decision`)
 * and 35 school days from consent to eligibility; from 11 June 2026 (ESHB 2557, dataset) the
 * eligibility meeting is also due within 40 school days of consent. Records access is restated in
 * calendar days; civil actions within 90 days.
 */
export const washington: StateRules = {
  code: 'WA',
  deadlineRules: [
    stateRule('WA', ideaInitialEvaluation, {
      kind: 'evaluation-decision',
      summary: {
        en: 'In Washington the district must decide whether to evaluate within 25 school days of receiving the referral.',
        es: 'En Washington el distrito debe decidir si evalúa dentro de los 25 días escolares siguientes a recibir la remisión.',
        vi: 'Ở Washington, học khu phải quyết định có đánh giá hay không trong vòng 25 ngày học kể từ khi nhận được giấy giới thiệu.',
        'zh-Hans': '在华盛顿州，学区必须在收到转介后25个上学日内决定是否进行评估。',
        ar: 'في واشنطن يجب على المنطقة التعليمية أن تقرر إجراء التقييم أو عدمه خلال 25 يومًا دراسيًا من استلام الإحالة.',
      },
      count: 25,
      basis: 'school-days',
      basisText: '25 school days',
      trigger: { from: 'referral' },
      completedBy: EVALUATION_REQUEST_ANSWERED,
      citation: 'WAC 392-172A-03005',
      sourceUrl: WAC_03005,
      status: 'confirmed',
    }),
    stateRule('WA', ideaInitialEvaluation, {
      summary: {
        en: 'In Washington the evaluation and the eligibility decision are due within 35 school days of your written consent, unless you agree in writing to another period.',
        es: 'En Washington la evaluación y la decisión de elegibilidad vencen dentro de los 35 días escolares siguientes a su consentimiento escrito, salvo que usted acepte por escrito otro plazo.',
        vi: 'Ở Washington, việc đánh giá và quyết định điều kiện hội đủ đến hạn trong vòng 35 ngày học kể từ khi có sự đồng ý bằng văn bản của quý vị, trừ khi quý vị đồng ý bằng văn bản một thời hạn khác.',
        'zh-Hans': '在华盛顿州，评估和资格决定应在您书面同意后35个上学日内完成，除非您书面同意其他期限。',
        ar: 'في واشنطن يستحق التقييم وقرار الأهلية خلال 35 يومًا دراسيًا من موافقتك الكتابية، ما لم توافق كتابيًا على مدة أخرى.',
      },
      count: 35,
      basis: 'school-days',
      basisText: '35 school days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'WAC 392-172A-03005',
      sourceUrl: WAC_03005,
      status: 'confirmed',
    }),
    stateRule('WA', ideaInitialEvaluation, {
      kind: 'eligibility-meeting',
      summary: {
        en: 'In Washington, for consent received from 11 June 2026, the eligibility meeting is held no sooner than 5 school days after the report and no later than 40 school days after consent.',
        es: 'En Washington, para consentimientos recibidos desde el 11 de junio de 2026, la reunión de elegibilidad se celebra no antes de 5 días escolares después del informe y no después de 40 días escolares desde el consentimiento.',
        vi: 'Ở Washington, đối với sự đồng ý nhận được từ ngày 11 tháng 6 năm 2026, cuộc họp xác định điều kiện hội đủ được tổ chức không sớm hơn 5 ngày học sau khi có báo cáo và không muộn hơn 40 ngày học sau khi có sự đồng ý.',
        'zh-Hans':
          '在华盛顿州，对于自2026年6月11日起收到的同意，资格认定会议须在报告完成后至少5个上学日、且不晚于同意后40个上学日召开。',
        ar: 'في واشنطن، بالنسبة إلى الموافقة المستلمة اعتبارًا من 11 يونيو 2026، يُعقد اجتماع تقرير الأهلية بعد 5 أيام دراسية على الأقل من التقرير، وفي موعد لا يتجاوز 40 يومًا دراسيًا من الموافقة.',
      },
      count: 40,
      basis: 'school-days',
      basisText: '40 school days',
      trigger: { from: 'events', events: CONSENT_RECEIVED },
      effectiveFrom: '2026-06-11',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'ESHB 2557 (2026)',
      sourceUrl: `${DATASET_URL} ; https://ospi.k12.wa.us/sites/default/files/2026-04/guidance-specialed-hb-2557-faq.pdf`,
      status: 'dataset',
    }),
    stateRule('WA', ideaRecordsAccess, {
      summary: {
        en: 'In Washington you may see the records within 45 calendar days of asking, during school business hours, and before any IEP meeting, hearing or resolution session.',
        es: 'En Washington puede ver los expedientes dentro de los 45 días calendario siguientes a su solicitud, en horario escolar, y antes de cualquier reunión del IEP, audiencia o sesión de resolución.',
        vi: 'Ở Washington, quý vị có thể xem hồ sơ trong vòng 45 ngày lịch kể từ khi yêu cầu, trong giờ làm việc của trường, và trước bất kỳ cuộc họp IEP, phiên điều trần hay buổi họp giải quyết tranh chấp nào.',
        'zh-Hans':
          '在华盛顿州，您可以在提出要求后45个日历日内，在学校办公时间内，并在任何IEP会议、听证或解决会议之前查阅记录。',
        ar: 'في واشنطن يمكنك الاطلاع على السجلات خلال 45 يومًا تقويميًا من طلبك، أثناء ساعات العمل في المدرسة، وقبل أي اجتماع IEP أو جلسة استماع أو جلسة تسوية.',
      },
      citation: 'WAC 392-172A-05190',
      sourceUrl: 'https://www.law.cornell.edu/regulations/washington/Wash-Admin-Code-SS-392-172A-05190',
      status: 'confirmed',
    }),
    civilActionWindow,
  ],
};
