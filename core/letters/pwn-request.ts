import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** Letter 5: a request for prior written notice of a refusal or proposal (34 CFR 300.503). */
export function pwnRequest(input: LetterInputOf<'pwn-request'>): LetterDraft {
  const student = input.student.name;
  const on = longDate(input.actionDate);
  const isRefusal = input.action === 'refused';
  const what = isRefusal
    ? t(
        `On ${on.en}, the district refused the following:`,
        `El ${on.es}, el distrito se negó a lo siguiente:`,
        `Vào ${on.vi}, học khu đã từ chối điều sau:`,
        `${on['zh-Hans']}，学区拒绝了以下事项：`,
        `في ${on.ar}، رفضت المنطقة التعليمية ما يلي:`,
      )
    : t(
        `On ${on.en}, the district proposed the following:`,
        `El ${on.es}, el distrito propuso lo siguiente:`,
        `Vào ${on.vi}, học khu đã đề xuất điều sau:`,
        `${on['zh-Hans']}，学区提议了以下事项：`,
        `في ${on.ar}، اقترحت المنطقة التعليمية ما يلي:`,
      );
  const [description] = ownWords(input.actionDescription);
  const words = description?.text.en ?? '';
  const verb = isRefusal
    ? t('refuses', 'rechaza', 'từ chối', '拒绝', 'رفض')
    : t('proposes', 'propone', 'đề xuất', '提议', 'اقتراح');
  return {
    subject: t(
      `Request for prior written notice — ${student}`,
      `Solicitud de notificación previa por escrito — ${student}`,
      `Yêu cầu thông báo trước bằng văn bản — ${student}`,
      `申请事先书面通知 — ${student}`,
      `طلب إشعار كتابي مسبق — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `${what.en} ${words}`,
            `${what.es} ${words}`,
            `${what.vi} ${words}`,
            `${what['zh-Hans']}${words}`,
            `${what.ar} ${words}`,
          ),
        },
      ],
      [
        cited(
          t(
            'When a district proposes or refuses to start or change the identification, evaluation or educational placement of a child, or the free appropriate public education the child receives, it must give the parents prior written notice a reasonable time before.',
            'Cuando un distrito propone o se niega a iniciar o cambiar la identificación, la evaluación o la colocación educativa de un niño, o la educación pública gratuita y apropiada que recibe, debe entregar a los padres una notificación previa por escrito con un tiempo razonable de anticipación.',
            'Khi học khu đề xuất hoặc từ chối bắt đầu hay thay đổi việc xác định, đánh giá hoặc xếp lớp giáo dục của một trẻ, hoặc việc cung cấp giáo dục công lập miễn phí và thích hợp (FAPE) cho trẻ, học khu phải gửi cho phụ huynh thông báo trước bằng văn bản trong một khoảng thời gian hợp lý trước đó.',
            '当学区提议或拒绝启动或改变对儿童的鉴定、评估或教育安置，或儿童所接受的免费适当公立教育（FAPE）时，必须在合理的时间之前向家长发出事先书面通知。',
            'عندما تقترح المنطقة التعليمية أو ترفض البدء في تحديد حالة الطفل أو تقييمه أو إلحاقه التعليمي أو تغيير أي من ذلك، أو تغيير التعليم العام المجاني المناسب (FAPE) الذي يتلقاه، يجب عليها أن تقدم لولي الأمر إشعارًا كتابيًا مسبقًا قبل ذلك بوقت معقول.',
          ),
          '34 CFR 300.503(a)',
        ),
      ],
      [
        cited(
          t(
            `Please give me that notice in writing. It must describe the action; explain why the district ${verb.en} it; describe each evaluation, assessment, record or report used as a basis; describe the other options considered and why they were rejected; describe any other relevant factors; tell me how to get a copy of the procedural safeguards; and list sources I can contact for help.`,
            `Le pido que me entregue esa notificación por escrito. Debe describir la acción; explicar por qué el distrito la ${verb.es}; describir cada evaluación, prueba, expediente o informe en que se basó; describir las otras opciones consideradas y por qué se descartaron; describir cualquier otro factor pertinente; indicarme cómo obtener una copia de las garantías procesales; y darme fuentes a las que puedo acudir para recibir ayuda.`,
            `Xin vui lòng gửi cho tôi thông báo đó bằng văn bản. Thông báo phải mô tả hành động; giải thích vì sao học khu ${verb.vi} hành động đó; mô tả từng bài đánh giá, bài kiểm tra, hồ sơ hoặc báo cáo được dùng làm căn cứ; mô tả các lựa chọn khác đã được xem xét và lý do bị loại bỏ; mô tả mọi yếu tố liên quan khác; cho tôi biết cách nhận bản sao các biện pháp bảo vệ theo thủ tục; và liệt kê những nơi tôi có thể liên hệ để được giúp đỡ.`,
            `请以书面形式向我发出该通知。通知必须说明该行动；解释学区为何${verb['zh-Hans']}该行动；说明作为依据的每一项评估、测评、记录或报告；说明曾考虑过的其他方案及其被否决的原因；说明其他任何相关因素；告诉我如何获得程序保障的副本；并列出我可以联系以获得帮助的机构。`,
            `أرجو أن تقدموا لي هذا الإشعار كتابيًا. ويجب أن يصف الإجراء؛ ويشرح سبب ${verb.ar} المنطقة التعليمية له؛ ويصف كل تقييم أو اختبار أو سجل أو تقرير اعتُمد عليه؛ ويصف الخيارات الأخرى التي نُظر فيها وسبب رفضها؛ ويصف أي عوامل أخرى ذات صلة؛ ويخبرني بكيفية الحصول على نسخة من الضمانات الإجرائية؛ ويذكر الجهات التي يمكنني التواصل معها للحصول على المساعدة.`,
          ),
          '34 CFR 300.503(b)',
        ),
      ],
      [
        cited(
          t(
            'The notice must be written in language understandable to the general public.',
            'La notificación debe estar redactada en un lenguaje comprensible para el público en general y en la lengua materna de los padres; le pido que me la entregue en español.',
            'Thông báo phải được viết bằng ngôn ngữ mà công chúng có thể hiểu được.',
            '通知必须以公众能够理解的语言书写。',
            'يجب أن يُكتب الإشعار بلغة يفهمها عامة الناس.',
          ),
          '34 CFR 300.503(c)',
        ),
      ],
      contactSentences(input),
    ],
  };
}
