import type { LetterInputOf } from '../schemas/letters';
import { cited, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** Letter 3: a request to inspect and copy education records (IDEA 300.613 and FERPA 99.10). */
export function recordsRequest(input: LetterInputOf<'records-request'>): LetterDraft {
  const student = input.student.name;
  const meetingOn = input.meetingDate === undefined ? undefined : longDate(input.meetingDate);
  const meeting: Sentence[] =
    meetingOn === undefined
      ? []
      : [
          {
            text: t(
              `Because a meeting is planned for ${meetingOn.en}, please make the records available before that date.`,
              `Como hay una reunión prevista para el ${meetingOn.es}, le pido que me dé acceso a los expedientes antes de esa fecha.`,
              `Vì có một cuộc họp dự kiến vào ${meetingOn.vi}, xin vui lòng cho tôi xem hồ sơ trước ngày đó.`,
              `由于会议定于${meetingOn['zh-Hans']}举行，请在该日期之前让我查阅这些记录。`,
              `نظرًا لوجود اجتماع مقرر في ${meetingOn.ar}، أرجو إتاحة السجلات لي قبل ذلك التاريخ.`,
            ),
          },
        ];
  const details: Sentence[] =
    input.recordsDetails === undefined
      ? []
      : [
          {
            text: t(
              `In particular: ${input.recordsDetails}`,
              `En particular: ${input.recordsDetails}`,
              `Đặc biệt là: ${input.recordsDetails}`,
              `特别是：${input.recordsDetails}`,
              `وعلى وجه الخصوص: ${input.recordsDetails}`,
            ),
          },
        ];
  return {
    subject: t(
      `Request to inspect and copy education records — ${student}`,
      `Solicitud para revisar y copiar expedientes educativos — ${student}`,
      `Yêu cầu xem và sao chép hồ sơ giáo dục — ${student}`,
      `申请查阅和复印教育记录 — ${student}`,
      `طلب الاطلاع على السجلات التعليمية ونسخها — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am asking to inspect and review all education records about ${student} that the district collects, keeps or uses, including evaluations and test results, IEP and 504 plan documents, progress data and reports, intervention records, discipline and attendance records, and emails or notes about ${student}.`,
            `Solicito revisar todos los expedientes educativos de ${student} que el distrito recopila, conserva o utiliza, incluidos las evaluaciones y los resultados de pruebas, los documentos del IEP y del plan 504, los datos e informes de progreso, los registros de intervenciones, los registros de disciplina y asistencia, y los correos electrónicos o notas sobre ${student}.`,
            `Tôi yêu cầu được xem và xem xét tất cả hồ sơ giáo dục về ${student} mà học khu thu thập, lưu giữ hoặc sử dụng, bao gồm các bài đánh giá và kết quả kiểm tra, tài liệu IEP và kế hoạch 504, dữ liệu và báo cáo tiến bộ, hồ sơ can thiệp, hồ sơ kỷ luật và chuyên cần, cũng như email hoặc ghi chú về ${student}.`,
            `我要求查阅和审阅学区收集、保存或使用的所有关于 ${student} 的教育记录，包括评估和测试结果、IEP 和504计划文件、进展数据和报告、干预记录、纪律和出勤记录，以及有关 ${student} 的电子邮件或笔记。`,
            `أطلب الاطلاع على جميع السجلات التعليمية الخاصة بـ ${student} التي تجمعها المنطقة التعليمية أو تحتفظ بها أو تستخدمها ومراجعتها، بما في ذلك التقييمات ونتائج الاختبارات، ووثائق IEP وخطة 504، وبيانات التقدم وتقاريره، وسجلات التدخل، وسجلات الانضباط والحضور، والرسائل الإلكترونية أو الملاحظات المتعلقة بـ ${student}.`,
          ),
          '34 CFR 300.613(a)',
          '34 CFR 99.10(a)',
        ),
        ...details,
      ],
      [
        cited(
          t(
            'The district must let me inspect these records without unnecessary delay and no later than 45 days after receiving this request.',
            'El distrito debe permitirme revisar estos expedientes sin demoras innecesarias y a más tardar 45 días después de recibir esta solicitud.',
            'Học khu phải cho tôi xem các hồ sơ này mà không chậm trễ không cần thiết, và không muộn hơn 45 ngày sau khi nhận được yêu cầu này.',
            '学区必须让我查阅这些记录，不得有不必要的拖延，且不得晚于收到本申请后45天。',
            'يجب على المنطقة التعليمية أن تتيح لي الاطلاع على هذه السجلات دون تأخير غير ضروري، وفي موعد لا يتجاوز 45 يومًا من استلام هذا الطلب.',
          ),
          '34 CFR 300.613(a)',
          '34 CFR 99.10(b)',
        ),
      ],
      [
        cited(
          t(
            'The district must also make them available before any IEP meeting, due process hearing or resolution session.',
            'El distrito también debe ponerlos a mi disposición antes de cualquier reunión del IEP, audiencia de debido proceso o sesión de resolución.',
            'Học khu cũng phải cho tôi xem các hồ sơ này trước bất kỳ cuộc họp IEP, phiên điều trần theo thủ tục tố tụng hoặc buổi họp giải quyết tranh chấp nào.',
            '在任何 IEP 会议、正当程序听证或解决会议之前，学区也必须让我查阅这些记录。',
            'ويجب على المنطقة التعليمية أيضًا إتاحتها قبل أي اجتماع لـ IEP أو جلسة استماع وفق الإجراءات القانونية الواجبة أو جلسة تسوية.',
          ),
          '34 CFR 300.613(a)',
        ),
        ...meeting,
      ],
      [
        {
          text: t(
            'I also ask for copies of the records.',
            'Solicito también copias de los expedientes.',
            'Tôi cũng yêu cầu được nhận bản sao các hồ sơ.',
            '我也要求获得这些记录的副本。',
            'وأطلب أيضًا نسخًا من السجلات.',
          ),
        },
        cited(
          t(
            'I have the right to explanations and interpretations of the records, and to copies when not having them would effectively prevent me from inspecting them.',
            'Tengo derecho a que se me expliquen e interpreten los expedientes, y a recibir copias cuando sin ellas no podría revisarlos en la práctica.',
            'Tôi có quyền được giải thích và diễn giải các hồ sơ, và được nhận bản sao khi không có bản sao thì trên thực tế tôi không thể xem được hồ sơ.',
            '我有权要求对记录作出解释和说明；如果没有副本实际上就无法查阅记录，我有权获得副本。',
            'ومن حقي الحصول على شرح للسجلات وتفسير لها، وعلى نسخ منها إذا كان عدم الحصول عليها سيحول فعليًا دون اطلاعي عليها.',
          ),
          '34 CFR 300.613(b)',
          '34 CFR 99.10(c), (d)',
        ),
      ],
      contactSentences(
        input,
        t(
          'Please tell me when and where I can review the records.',
          'Le ruego que me indique cuándo y dónde puedo revisar los expedientes.',
          'Xin vui lòng cho tôi biết khi nào và ở đâu tôi có thể xem hồ sơ.',
          '请告诉我何时何地可以查阅这些记录。',
          'أرجو أن تخبروني بموعد ومكان مراجعة السجلات.',
        ),
      ),
    ],
  };
}
