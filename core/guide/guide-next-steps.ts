import type { Cited, LocalizedText } from '../law/rule-status';
import type { LetterKind } from '../schemas/letters';
import type { GuideCondition } from './guide-condition';
import { GAP_PERSISTS } from './guide-signals';

/** The answers lean toward an IDEA evaluation. */
const LEANS_TOWARD_EVALUATION: GuideCondition = { leaning: ['iep', 'either'] };

/** No evaluation has been asked for yet. */
const NOT_YET_REQUESTED: GuideCondition = { answer: 'evaluationSoFar', in: ['none'] };

/** The school steered toward a 504 plan or interventions instead of an evaluation. */
const OFFERED_504_OR_RTI: GuideCondition = {
  any: [
    { answer: 'schoolSaid', in: ['try-504-first', 'rti-first'] },
    { answer: 'supportsTried', in: ['504-plan', 'intervention'] },
  ],
};

/** Ask for an evaluation, having been offered a 504 plan or RTI instead. */
export const SHOULD_REQUEST_AFTER_504: GuideCondition = {
  all: [LEANS_TOWARD_EVALUATION, NOT_YET_REQUESTED, OFFERED_504_OR_RTI],
};

/** Ask for an evaluation, nothing else having been offered. */
export const SHOULD_REQUEST_EVALUATION: GuideCondition = {
  all: [LEANS_TOWARD_EVALUATION, NOT_YET_REQUESTED, { not: OFFERED_504_OR_RTI }],
};

/** Something the family can do next. Text may use fact placeholders; `sources` may be empty (practical advice). */
export interface GuideNextStep {
  readonly id: string;
  readonly when: GuideCondition | null;
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
  /** The letter that does this step, if there is one. */
  readonly letter: LetterKind | null;
}

/** The next steps, in the order shown. */
export const GUIDE_NEXT_STEPS: readonly GuideNextStep[] = [
  {
    id: 'request-evaluation',
    when: SHOULD_REQUEST_EVALUATION,
    text: {
      en: 'Ask the school in writing for a full evaluation in all areas of suspected disability. Date your letter and keep a copy: time limits count from the day the district receives your request and your consent.',
      es: 'Pida por escrito a la escuela una evaluación completa en todas las áreas de posible discapacidad. Ponga fecha a su carta y guarde una copia: los plazos se cuentan desde el día en que el distrito recibe su solicitud y su consentimiento.',
      vi: 'Hãy yêu cầu nhà trường bằng văn bản tiến hành đánh giá toàn diện ở mọi lĩnh vực nghi ngờ có khuyết tật. Ghi ngày vào thư và giữ một bản sao: thời hạn được tính từ ngày học khu nhận được yêu cầu và sự đồng ý của quý vị.',
      'zh-Hans':
        '书面要求学校在所有疑似残障的领域进行全面评估。在信上写明日期并保留副本：期限从学区收到您的请求和同意之日起计算。',
      ar: 'اطلب من المدرسة كتابةً إجراء تقييم شامل في جميع مجالات الإعاقة المشتبه فيها. أرّخ رسالتك واحتفظ بنسخة منها: تُحسب المهل من يوم تسلّم المنطقة التعليمية طلبك وموافقتك.',
    },
    sources: [{ citation: '34 CFR 300.301(b)', status: 'confirmed' }],
    letter: 'evaluation-request',
  },
  {
    id: 'request-evaluation-after-504',
    when: SHOULD_REQUEST_AFTER_504,
    text: {
      en: 'Ask in writing for an IDEA evaluation even though the school offered a 504 plan or interventions; those can continue while your child is evaluated.',
      es: 'Pida por escrito una evaluación de IDEA aunque la escuela le haya ofrecido un plan 504 o intervenciones; estos pueden continuar mientras se evalúa a su hijo o hija.',
      vi: 'Hãy yêu cầu bằng văn bản một cuộc đánh giá theo IDEA, dù nhà trường đã đề nghị kế hoạch 504 hay các biện pháp can thiệp; những việc đó vẫn có thể tiếp tục trong khi con quý vị được đánh giá.',
      'zh-Hans': '即使学校提出了504计划或干预措施，也请书面要求进行 IDEA 评估；在孩子接受评估期间，这些措施可以继续。',
      ar: 'اطلب كتابةً تقييمًا بموجب IDEA حتى لو عرضت المدرسة خطة 504 أو تدخلات؛ فهذه يمكن أن تستمر أثناء تقييم طفلك.',
    },
    sources: [
      { citation: '34 CFR 300.301(b)', status: 'confirmed' },
      { citation: 'OSEP Memo 11-07 (2011)', status: 'confirmed' },
    ],
    letter: 'iep-evaluation-after-504',
  },
  {
    id: 'sign-consent',
    when: { all: [LEANS_TOWARD_EVALUATION, { answer: 'evaluationSoFar', in: ['none', 'requested-waiting'] }] },
    text: {
      en: 'When the consent form arrives, sign it, return it and keep a copy. {evaluationTimeLimit}.',
      es: 'Cuando reciba el formulario de consentimiento, fírmelo, devuélvalo y guarde una copia. {evaluationTimeLimit}.',
      vi: 'Khi nhận được mẫu đơn đồng ý, hãy ký, gửi lại và giữ một bản sao. {evaluationTimeLimit}.',
      'zh-Hans': '收到同意书后，请签字、交回并保留一份副本。{evaluationTimeLimit}。',
      ar: 'عندما يصل نموذج الموافقة، وقّعه وأعِده واحتفظ بنسخة منه. {evaluationTimeLimit}.',
    },
    sources: [{ citation: '34 CFR 300.300(a)', status: 'confirmed' }],
    letter: null,
  },
  {
    id: 'follow-up-on-request',
    when: { answer: 'evaluationSoFar', in: ['requested-waiting'] },
    text: {
      en: "If no consent form or written answer comes, ask for prior written notice of the school's decision.",
      es: 'Si no recibe un formulario de consentimiento ni una respuesta por escrito, pida una notificación previa por escrito de la decisión de la escuela.',
      vi: 'Nếu không nhận được mẫu đơn đồng ý hay câu trả lời bằng văn bản, hãy yêu cầu thông báo trước bằng văn bản về quyết định của nhà trường.',
      'zh-Hans': '如果没有收到同意书或书面答复，请要求学校就其决定发出事先书面通知。',
      ar: 'إذا لم يصل نموذج موافقة أو رد مكتوب، فاطلب إشعارًا كتابيًا مسبقًا بقرار المدرسة.',
    },
    sources: [{ citation: '34 CFR 300.503(a)', status: 'confirmed' }],
    letter: 'pwn-request',
  },
  {
    id: 'ask-for-pwn',
    when: { answer: 'evaluationSoFar', in: ['refused'] },
    text: {
      en: 'Ask for the refusal in writing, as prior written notice: the school must explain what it refused, why, and what it relied on. With it you can go to mediation, file a state complaint or ask for a due process hearing.',
      es: 'Pida la negativa por escrito, como notificación previa por escrito: la escuela debe explicar qué rechazó, por qué y en qué se basó. Con ella puede acudir a mediación, presentar una queja ante el estado o pedir una audiencia de debido proceso.',
      vi: 'Hãy yêu cầu nhà trường đưa ra sự từ chối bằng văn bản, dưới dạng thông báo trước bằng văn bản: nhà trường phải giải thích đã từ chối điều gì, vì sao và dựa vào đâu. Với thông báo đó, quý vị có thể đi hòa giải, nộp khiếu nại cấp tiểu bang hoặc yêu cầu phiên điều trần theo thủ tục tố tụng.',
      'zh-Hans':
        '请求学校以事先书面通知的形式书面说明拒绝：学校必须解释拒绝了什么、原因以及依据。有了这份通知，您可以申请调解、提出州投诉或要求正当程序听证。',
      ar: 'اطلب الرفض كتابةً، في صورة إشعار كتابي مسبق: يجب أن تشرح المدرسة ما الذي رفضته ولماذا وعلى أي شيء اعتمدت. وبه يمكنك اللجوء إلى الوساطة أو تقديم شكوى إلى الولاية أو طلب جلسة استماع وفق الإجراءات القانونية الواجبة.',
    },
    sources: [
      { citation: '34 CFR 300.503(a), (b)', status: 'confirmed' },
      { citation: '34 CFR 300.506', status: 'confirmed' },
      { citation: '34 CFR 300.153', status: 'confirmed' },
    ],
    letter: 'pwn-request',
  },
  {
    id: 'request-iee',
    when: { answer: 'evaluationSoFar', in: ['evaluated-disagree'] },
    text: {
      en: 'Ask for an independent educational evaluation at public expense. Without unnecessary delay, the school must either pay for it or ask for a hearing to show its own evaluation was appropriate.',
      es: 'Pida una evaluación educativa independiente a costo público. Sin demoras innecesarias, la escuela debe pagarla o pedir una audiencia para demostrar que su propia evaluación fue adecuada.',
      vi: 'Hãy yêu cầu một cuộc đánh giá giáo dục độc lập do công quỹ chi trả. Nhà trường phải, không chậm trễ vô lý, hoặc trả tiền cho cuộc đánh giá đó hoặc yêu cầu một phiên điều trần để chứng minh cuộc đánh giá của mình là thích hợp.',
      'zh-Hans': '要求以公费进行独立教育评估。学校必须及时地支付评估费用，或者要求举行听证来证明自己的评估是适当的。',
      ar: 'اطلب تقييمًا تعليميًا مستقلًا على النفقة العامة. ويجب على المدرسة، دون تأخير غير ضروري، إما أن تدفع تكلفته أو أن تطلب جلسة استماع لتثبت أن تقييمها كان مناسبًا.',
    },
    sources: [{ citation: '34 CFR 300.502(b)', status: 'confirmed' }],
    letter: 'iee-request',
  },
  {
    id: 'ask-504-evaluation',
    when: { leaning: ['504'] },
    text: {
      en: "Ask the school's Section 504 coordinator in writing for a 504 evaluation and a meeting to write a plan. If signs appear that your child needs skills taught differently, ask for an IDEA evaluation.",
      es: 'Pida por escrito al coordinador de la Sección 504 de la escuela una evaluación 504 y una reunión para elaborar un plan. Si aparecen señales de que su hijo o hija necesita que se le enseñen habilidades de otra manera, pida una evaluación de IDEA.',
      vi: 'Hãy yêu cầu điều phối viên Điều 504 của trường bằng văn bản tiến hành đánh giá 504 và tổ chức một cuộc họp để lập kế hoạch. Nếu có dấu hiệu con quý vị cần được dạy kỹ năng theo cách khác, hãy yêu cầu đánh giá theo IDEA.',
      'zh-Hans':
        '书面要求学校的第504条协调员进行504评估，并召开会议制定计划。如果出现迹象表明孩子需要用不同方式学习技能，请要求进行 IDEA 评估。',
      ar: 'اطلب كتابةً من منسق المادة 504 في المدرسة إجراء تقييم 504 وعقد اجتماع لكتابة خطة. وإذا ظهرت علامات على أن طفلك يحتاج إلى تعلّم المهارات بطريقة مختلفة، فاطلب تقييمًا بموجب IDEA.',
    },
    sources: [
      { citation: '34 CFR 104.35(a)', status: 'confirmed-secondary' },
      { citation: '34 CFR 104.7(a)', status: 'confirmed-secondary' },
    ],
    letter: null,
  },
  {
    id: 'ask-for-intervention-data',
    when: GAP_PERSISTS,
    text: {
      en: 'Ask for the data behind the help already tried: intervention progress graphs, and records of how accommodations or the 504 plan were carried out. You have the right to inspect your child’s education records.',
      es: 'Pida los datos de la ayuda que ya se probó: las gráficas de progreso de las intervenciones y los registros de cómo se aplicaron las adaptaciones o el plan 504. Usted tiene derecho a revisar los expedientes educativos de su hijo o hija.',
      vi: 'Hãy xin dữ liệu về những hỗ trợ đã thử: biểu đồ tiến bộ của các biện pháp can thiệp, và hồ sơ cho thấy các điều chỉnh hỗ trợ hoặc kế hoạch 504 đã được thực hiện ra sao. Quý vị có quyền xem hồ sơ giáo dục của con.',
      'zh-Hans':
        '索取已尝试帮助背后的数据：干预的进展图表，以及便利措施或504计划执行情况的记录。您有权查阅孩子的教育记录。',
      ar: 'اطلب البيانات الخاصة بالمساعدة التي جُرّبت: رسوم التقدم البيانية للتدخلات، وسجلات تنفيذ الترتيبات التيسيرية أو خطة 504. ومن حقك الاطلاع على السجلات التعليمية لطفلك.',
    },
    sources: [{ citation: '34 CFR 99.10(a)', status: 'confirmed' }],
    letter: 'records-request',
  },
  {
    id: 'records-before-meeting',
    when: { answer: 'meetingSoon', in: ['yes'] },
    text: {
      en: "Ask to see your child's records before the meeting. The school must let you see them before any IEP meeting, and no later than 45 days after you ask.",
      es: 'Pida ver los expedientes de su hijo o hija antes de la reunión. La escuela debe permitirle verlos antes de cualquier reunión del IEP y a más tardar 45 días después de que usted lo pida.',
      vi: 'Hãy xin xem hồ sơ của con trước cuộc họp. Nhà trường phải cho quý vị xem trước bất kỳ cuộc họp IEP nào, và không muộn hơn 45 ngày sau khi quý vị yêu cầu.',
      'zh-Hans': '在会议前要求查看孩子的记录。学校必须在任何 IEP 会议之前让您查看，最迟不超过您提出要求后 45 天。',
      ar: 'اطلب الاطلاع على سجلات طفلك قبل الاجتماع. يجب أن تتيحها لك المدرسة قبل أي اجتماع لبرنامج IEP، وفي موعد لا يتجاوز 45 يومًا من طلبك.',
    },
    sources: [{ citation: '34 CFR 300.613(a)', status: 'confirmed-secondary' }],
    letter: 'records-request',
  },
  {
    id: 'gather-information',
    when: { leaning: ['need-more-information'] },
    text: {
      en: 'Gather what you have (report cards, test results, notes from teachers and doctors, samples of schoolwork) and write down what you see at home. Then go through this guide again.',
      es: 'Reúna lo que tenga (boletas de calificaciones, resultados de pruebas, notas de maestros y médicos, muestras de trabajos escolares) y anote lo que observa en casa. Después vuelva a hacer esta guía.',
      vi: 'Hãy tập hợp những gì quý vị có (phiếu điểm, kết quả kiểm tra, ghi chú của giáo viên và bác sĩ, bài làm mẫu) và ghi lại những gì quý vị thấy ở nhà. Sau đó hãy làm lại hướng dẫn này.',
      'zh-Hans':
        '收集您手头的材料（成绩单、测试结果、老师和医生的记录、作业样本），并记下您在家里看到的情况。然后再做一遍本指南。',
      ar: 'اجمع ما لديك (بطاقات الدرجات، نتائج الاختبارات، ملاحظات المعلمين والأطباء، نماذج من الواجبات المدرسية) ودوّن ما تلاحظه في المنزل. ثم مرّ على هذا الدليل مرة أخرى.',
    },
    sources: [],
    letter: null,
  },
  {
    id: 'keep-a-record',
    when: null,
    text: {
      en: 'Keep every letter, answer and date in Binder. Deadlines count from the day the school receives your letter, so send it in a way you can prove.',
      es: 'Guarde en Binder cada carta, cada respuesta y cada fecha. Los plazos se cuentan desde el día en que la escuela recibe su carta, así que envíela de una forma que pueda comprobar.',
      vi: 'Hãy lưu mọi lá thư, câu trả lời và ngày tháng trong Binder. Thời hạn được tính từ ngày nhà trường nhận được thư của quý vị, vì vậy hãy gửi theo cách có thể chứng minh được.',
      'zh-Hans':
        '把每封信、每个答复和每个日期都保存在 Binder 里。期限从学校收到您的信之日起计算，所以请用能够证明的方式寄送。',
      ar: 'احتفظ بكل رسالة ورد وتاريخ في Binder. تُحسب المواعيد النهائية من يوم تسلّم المدرسة رسالتك، لذا أرسلها بطريقة يمكنك إثباتها.',
    },
    sources: [],
    letter: null,
  },
];

/** Which letter to suggest: the first rule that fits wins; none fitting means no letter. */
export const SUGGESTED_LETTER_RULES: readonly { readonly letter: LetterKind; readonly when: GuideCondition }[] = [
  { letter: 'iee-request', when: { answer: 'evaluationSoFar', in: ['evaluated-disagree'] } },
  { letter: 'pwn-request', when: { answer: 'evaluationSoFar', in: ['refused'] } },
  { letter: 'iep-evaluation-after-504', when: SHOULD_REQUEST_AFTER_504 },
  { letter: 'evaluation-request', when: SHOULD_REQUEST_EVALUATION },
  { letter: 'records-request', when: { answer: 'meetingSoon', in: ['yes'] } },
];
