import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** Letter 4: a request for an independent educational evaluation at public expense (34 CFR 300.502). */
export function ieeRequest(input: LetterInputOf<'iee-request'>): LetterDraft {
  const student = input.student.name;
  const evaluated = longDate(input.evaluationDate);
  const name = input.evaluationName;
  return {
    subject: t(
      `Request for an independent educational evaluation at public expense — ${student}`,
      `Solicitud de evaluación educativa independiente a costo público — ${student}`,
      `Yêu cầu đánh giá giáo dục độc lập do công quỹ chi trả — ${student}`,
      `申请由公费支付的独立教育评估 — ${student}`,
      `طلب تقييم تعليمي مستقل على نفقة الجهة العامة — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `I disagree with the district's evaluation of ${student} completed on ${evaluated.en} (${name}).`,
            `No estoy de acuerdo con la evaluación de ${student} que el distrito completó el ${evaluated.es} (${name}).`,
            `Tôi không đồng ý với bài đánh giá ${student} mà học khu đã hoàn tất vào ${evaluated.vi} (${name}).`,
            `我不同意学区于${evaluated['zh-Hans']}完成的对 ${student} 的评估（${name}）。`,
            `لا أوافق على تقييم المنطقة التعليمية لـ ${student} الذي اكتمل في ${evaluated.ar} (${name}).`,
          ),
        },
        ...ownWords(input.disagreementDetails),
      ],
      [
        cited(
          t(
            `I am requesting an independent educational evaluation (IEE) of ${student} at public expense.`,
            `Solicito una evaluación educativa independiente (IEE) de ${student} a costo público.`,
            `Tôi yêu cầu một cuộc đánh giá giáo dục độc lập (IEE) cho ${student} do công quỹ chi trả.`,
            `我申请由公费为 ${student} 进行独立教育评估（IEE）。`,
            `أطلب إجراء تقييم تعليمي مستقل (IEE) لـ ${student} على نفقة الجهة العامة.`,
          ),
          '34 CFR 300.502(b)(1)',
        ),
      ],
      [
        cited(
          t(
            "Please send me the district's criteria for independent educational evaluations and information about where one may be obtained.",
            'Le ruego que me envíe los criterios del distrito para las evaluaciones educativas independientes e información sobre dónde se puede obtener una.',
            'Xin vui lòng gửi cho tôi các tiêu chí của học khu về đánh giá giáo dục độc lập và thông tin về nơi có thể thực hiện việc đánh giá đó.',
            '请将学区对独立教育评估的标准以及可在何处进行此类评估的信息寄给我。',
            'أرجو أن ترسلوا إليّ معايير المنطقة التعليمية للتقييمات التعليمية المستقلة ومعلومات عن الجهات التي يمكن الحصول على التقييم منها.',
          ),
          '34 CFR 300.502(a)(2)',
        ),
      ],
      [
        cited(
          t(
            'Without unnecessary delay, the district must either ensure that the evaluation is provided at public expense or file a due process complaint to show that its own evaluation is appropriate.',
            'Sin demoras innecesarias, el distrito debe asegurar que la evaluación se realice a costo público o presentar una queja de debido proceso para demostrar que su propia evaluación es adecuada.',
            'Không được chậm trễ không cần thiết, học khu phải hoặc bảo đảm việc đánh giá được thực hiện do công quỹ chi trả, hoặc nộp đơn khiếu nại theo thủ tục tố tụng để chứng minh rằng bài đánh giá của chính học khu là thích hợp.',
            '学区必须在没有不必要拖延的情况下，要么确保由公费提供该评估，要么提出正当程序申诉，以证明其自身的评估是适当的。',
            'يجب على المنطقة التعليمية، دون تأخير غير ضروري، إما أن تضمن إجراء التقييم على نفقة الجهة العامة، وإما أن تقدم شكوى وفق الإجراءات القانونية الواجبة لتثبت أن تقييمها مناسب.',
          ),
          '34 CFR 300.502(b)(2)',
        ),
        cited(
          t(
            'The district may ask why I disagree, but I am not required to explain, and the district may not delay for that reason.',
            'El distrito puede preguntarme por qué no estoy de acuerdo, pero la ley no me obliga a dar una explicación, y el distrito no puede retrasarse por ese motivo.',
            'Học khu có thể hỏi vì sao tôi không đồng ý, nhưng tôi không bắt buộc phải giải thích, và học khu không được trì hoãn vì lý do đó.',
            '学区可以询问我不同意的原因，但我没有义务作出解释，学区也不得因此拖延。',
            'يجوز للمنطقة التعليمية أن تسألني عن سبب عدم موافقتي، لكن القانون لا يُلزمني بالتوضيح، ولا يجوز لها التأخير لهذا السبب.',
          ),
          '34 CFR 300.502(b)(4)',
        ),
      ],
      [
        cited(
          t(
            'Apart from its criteria, the district may not impose conditions or timelines on the independent evaluation.',
            'Aparte de sus criterios, el distrito no puede imponer condiciones ni plazos para la evaluación independiente.',
            'Ngoài các tiêu chí của mình, học khu không được đặt ra điều kiện hay thời hạn nào cho việc đánh giá độc lập.',
            '除其标准外，学区不得对独立评估附加任何条件或时间限制。',
            'وباستثناء معاييرها، لا يجوز للمنطقة التعليمية أن تفرض شروطًا أو مواعيد على التقييم المستقل.',
          ),
          '34 CFR 300.502(e)',
        ),
      ],
      contactSentences(input),
    ],
  };
}
