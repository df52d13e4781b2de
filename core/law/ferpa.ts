import { citationRecord } from './define-rule';
import type { CitationRecord, ReminderRule } from './deadline-rule';
import type { LocalizedText } from './rule-status';

/**
 * FERPA (34 CFR Part 99). Its 45-day access limit is folded into IDEA's stricter records rule
 * (`idea.records-access`, docs/legal-sources.md, FERPA); the rest are citations and one reminder.
 */

export const FERPA_REMINDER_RULES: readonly ReminderRule[] = [
  {
    id: 'ferpa.amendment-decision',
    kind: 'amendment-decision',
    jurisdiction: 'US',
    source: 'ferpa',
    summary: {
      en: 'After you ask the school to correct a record, it must decide, and if it refuses, tell you of your right to a hearing.',
      es: 'Después de que usted pida a la escuela corregir un expediente, debe decidir y, si se niega, informarle de su derecho a una audiencia.',
      vi: 'Sau khi quý vị yêu cầu nhà trường sửa một hồ sơ, nhà trường phải quyết định, và nếu từ chối, phải cho quý vị biết quyền yêu cầu phiên điều trần.',
      'zh-Hans': '在您要求学校更正记录后，学校必须作出决定；如果拒绝，须告知您有权要求听证。',
      ar: 'بعد أن تطلب من المدرسة تصحيح سجلٍّ ما، يجب عليها أن تقرر، وإذا رفضت فعليها إبلاغك بحقك في جلسة استماع.',
    },
    timing: {
      en: 'within a reasonable time (no day count)',
      es: 'en un plazo razonable (sin número de días)',
      vi: 'trong một khoảng thời gian hợp lý (không có số ngày cụ thể)',
      'zh-Hans': '在合理时间内（没有具体天数）',
      ar: 'خلال مدة معقولة (دون عدد محدد من الأيام)',
    },
    trigger: [{ type: 'records-amendment-requested' }],
    resolvedBy: [],
    citation: '34 CFR 99.20',
    sourceUrl:
      'https://webarchive.library.unt.edu/eot2008/20090508113207/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99c.html',
    status: 'confirmed',
  },
];

const cite = (id: string, citation: string, text: LocalizedText, status: CitationRecord['status'], url: string) =>
  citationRecord('US', 'ferpa', id, citation, text, status, url);

export const FERPA_CITATIONS: readonly CitationRecord[] = [
  cite(
    'ferpa.definitions',
    '34 CFR 99.3',
    {
      en: 'An “eligible student” is 18 or attends a postsecondary school (20 U.S.C. 1232g(d); the regulation itself not read).',
      es: 'Un “estudiante elegible” tiene 18 años o asiste a una institución postsecundaria (definición no leída en la fuente).',
      vi: '“Học sinh hội đủ điều kiện” là học sinh đã 18 tuổi hoặc đang theo học một cơ sở giáo dục sau trung học (20 U.S.C. 1232g(d); chưa đọc chính văn bản quy định).',
      'zh-Hans': '“合格学生”是指年满18岁或就读于中学后教育机构的学生（20 U.S.C. 1232g(d)；未查阅法规原文）。',
      ar: '“الطالب المؤهل” هو من بلغ 18 عامًا أو يدرس في مؤسسة تعليم ما بعد الثانوي (20 U.S.C. 1232g(d)؛ ولم يُطَّلع على نص اللائحة نفسها).',
    },
    'confirmed-secondary',
    'https://books.google.com.my/books?id=A7YrAAAAMAAJ',
  ),
  cite(
    'ferpa.rights-transfer',
    '34 CFR 99.5',
    {
      en: 'When a student becomes an eligible student, the parent’s FERPA rights pass to the student.',
      es: 'Cuando un estudiante se vuelve estudiante elegible, los derechos FERPA de los padres pasan al estudiante.',
      vi: 'Khi học sinh trở thành học sinh hội đủ điều kiện, các quyền theo FERPA của phụ huynh chuyển sang cho học sinh.',
      'zh-Hans': '当学生成为“合格学生”时，家长依FERPA享有的权利即转移给学生。',
      ar: 'عندما يصبح الطالب طالبًا مؤهلًا، تنتقل حقوق ولي الأمر بموجب FERPA إلى الطالب.',
    },
    'confirmed',
    'https://books.google.com.my/books?id=A7YrAAAAMAAJ',
  ),
  cite(
    'ferpa.annual-notice',
    '34 CFR 99.7',
    {
      en: 'Schools notify parents every year of their FERPA rights.',
      es: 'Las escuelas informan cada año a los padres de sus derechos FERPA.',
      vi: 'Mỗi năm nhà trường thông báo cho phụ huynh về các quyền của họ theo FERPA.',
      'zh-Hans': '学校每年都会通知家长其依FERPA享有的权利。',
      ar: 'تُخطر المدارس أولياء الأمور كل عام بحقوقهم بموجب FERPA.',
    },
    'confirmed',
    'https://books.google.com.my/books?id=A7YrAAAAMAAJ',
  ),
  cite(
    'ferpa.access',
    '34 CFR 99.10',
    {
      en: 'Parents may inspect education records within a reasonable time and no more than 45 days after asking; copies when they could not otherwise inspect.',
      es: 'Los padres pueden revisar los expedientes en un plazo razonable y no más de 45 días después de pedirlo; copias cuando de otro modo no podrían revisarlos.',
      vi: 'Phụ huynh có thể xem hồ sơ giáo dục trong một khoảng thời gian hợp lý và không quá 45 ngày sau khi yêu cầu; được nhận bản sao khi không thể xem bằng cách khác.',
      'zh-Hans': '家长可以在合理时间内查阅教育记录，且不超过提出要求后45天；无法以其他方式查阅时可获得副本。',
      ar: 'يجوز للوالدين الاطلاع على السجلات التعليمية خلال مدة معقولة لا تتجاوز 45 يومًا من الطلب؛ ويحصلان على نسخ إذا تعذّر عليهما الاطلاع بطريقة أخرى.',
    },
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508194415/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99b.html',
  ),
  cite(
    'ferpa.amendment',
    '34 CFR 99.20',
    {
      en: 'Parents may ask to amend records they believe inaccurate or misleading; the school decides within a reasonable time.',
      es: 'Los padres pueden pedir corregir expedientes que crean inexactos o engañosos; la escuela decide en un plazo razonable.',
      vi: 'Phụ huynh có thể yêu cầu sửa những hồ sơ mà họ cho là không chính xác hoặc gây hiểu lầm; nhà trường quyết định trong một khoảng thời gian hợp lý.',
      'zh-Hans': '家长可以要求修改他们认为不准确或有误导性的记录；学校应在合理时间内作出决定。',
      ar: 'يجوز للوالدين طلب تعديل السجلات التي يريان أنها غير دقيقة أو مضللة؛ وتقرر المدرسة خلال مدة معقولة.',
    },
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508113207/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99c.html',
  ),
  cite(
    'ferpa.hearing',
    '34 CFR 99.21',
    {
      en: 'On request, a hearing to challenge a record; if it stands, the parent may add a statement kept with it.',
      es: 'A petición, una audiencia para impugnar un expediente; si se mantiene, los padres pueden añadir una declaración que se conserva con él.',
      vi: 'Khi được yêu cầu, có phiên điều trần để phản đối một hồ sơ; nếu hồ sơ được giữ nguyên, phụ huynh có thể bổ sung một bản trình bày được lưu cùng hồ sơ.',
      'zh-Hans': '应要求可举行听证，对记录提出异议；如果记录维持不变，家长可以附上一份声明，与记录一并保存。',
      ar: 'بناءً على الطلب تُعقد جلسة استماع للطعن في السجل؛ وإذا بقي السجل كما هو، يجوز لولي الأمر إضافة بيان يُحفظ معه.',
    },
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508113207/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99c.html',
  ),
  cite(
    'ferpa.hearing-procedure',
    '34 CFR 99.22',
    {
      en: 'The hearing is held within a reasonable time before an official without a direct interest, with a written decision.',
      es: 'La audiencia se celebra en un plazo razonable ante un funcionario sin interés directo, con decisión por escrito.',
      vi: 'Phiên điều trần được tổ chức trong một khoảng thời gian hợp lý, trước một viên chức không có lợi ích trực tiếp, và có quyết định bằng văn bản.',
      'zh-Hans': '听证在合理时间内举行，由一名与此事没有直接利害关系的官员主持，并作出书面决定。',
      ar: 'تُعقد جلسة الاستماع خلال مدة معقولة أمام مسؤول ليست له مصلحة مباشرة، ويصدر فيها قرار مكتوب.',
    },
    'confirmed-secondary',
    'https://fw.escapps.net/node/3883',
  ),
  cite(
    'ferpa.consent',
    '34 CFR 99.30',
    {
      en: 'Disclosing personally identifiable information needs the parent’s signed, dated written consent naming records, purpose and recipients.',
      es: 'Divulgar información de identificación personal requiere el consentimiento escrito, firmado y fechado de los padres que indique expedientes, fin y destinatarios.',
      vi: 'Việc tiết lộ thông tin nhận dạng cá nhân cần có sự đồng ý bằng văn bản, có chữ ký và ghi ngày của phụ huynh, nêu rõ hồ sơ, mục đích và người nhận.',
      'zh-Hans': '披露个人身份信息须获得家长签名并注明日期的书面同意，同意书须写明记录、目的和接收方。',
      ar: 'يتطلب الكشف عن معلومات التعريف الشخصية موافقة كتابية موقَّعة ومؤرخة من ولي الأمر تحدد السجلات والغرض والجهات المتلقية.',
    },
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508113147/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99d.html',
  ),
  cite(
    'ferpa.consent-exceptions',
    '34 CFR 99.31',
    {
      en: 'No consent is needed for school officials with a legitimate educational interest, a school the student will attend, and other listed cases.',
      es: 'No se necesita consentimiento para funcionarios escolares con interés educativo legítimo, una escuela a la que asistirá el estudiante y otros casos enumerados.',
      vi: 'Không cần sự đồng ý đối với các viên chức nhà trường có lợi ích giáo dục chính đáng, trường mà học sinh sắp theo học, và các trường hợp khác được liệt kê.',
      'zh-Hans': '对于具有正当教育利益的学校官员、学生即将就读的学校以及其他所列情形，无需征得同意。',
      ar: 'لا تلزم الموافقة لمسؤولي المدرسة ذوي المصلحة التعليمية المشروعة، وللمدرسة التي سينتقل إليها الطالب، وفي حالات أخرى مدرجة.',
    },
    'confirmed',
    'http://www.law.cornell.edu/cfr/text/34/99.31?qt-cfr_tabs=1',
  ),
  cite(
    'ferpa.record-of-disclosures',
    '34 CFR 99.32',
    {
      en: 'The school keeps a record of each request for and disclosure of the student’s information.',
      es: 'La escuela registra cada solicitud y divulgación de la información del estudiante.',
      vi: 'Nhà trường lưu lại hồ sơ về mỗi yêu cầu và mỗi lần tiết lộ thông tin của học sinh.',
      'zh-Hans': '学校会记录每一次索取和披露学生信息的情况。',
      ar: 'تحتفظ المدرسة بسجل لكل طلب للحصول على معلومات الطالب ولكل كشف عنها.',
    },
    'confirmed',
    'https://studentprivacy.ed.gov/faq/are-schools-required-record-disclosure-personally-identifiable-information-pii-students',
  ),
  cite(
    'ferpa.complaint-timeliness',
    '34 CFR 99.64(c)',
    {
      en: 'A FERPA complaint is timely within 180 days of the violation or of when you knew or should have known (older text).',
      es: 'Una queja FERPA es oportuna dentro de los 180 días siguientes a la infracción o a cuando usted supo o debió saber (texto antiguo).',
      vi: 'Khiếu nại theo FERPA được coi là đúng hạn nếu nộp trong vòng 180 ngày kể từ vi phạm hoặc từ khi quý vị biết hoặc lẽ ra phải biết (văn bản cũ hơn).',
      'zh-Hans': 'FERPA投诉须在违规发生后或您知道或应当知道之日起180天内提出，方为及时（较早版本的条文）。',
      ar: 'تُعدّ شكوى FERPA في موعدها إذا قُدّمت خلال 180 يومًا من المخالفة أو من الوقت الذي علمت فيه أو كان ينبغي أن تعلم بها (نص أقدم).',
    },
    'confirmed',
    'http://laws9.com/cfr/text/34/99/64',
  ),
];
