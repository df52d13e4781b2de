import type { Cited, LocalizedText } from '../law/rule-status';
import type { SchoolSaid } from '../schemas/guide';
import type { GuideCondition } from './guide-condition';

/**
 * An explanation shown with the leaning when its condition holds. Its text may use fact placeholders;
 * the facts' citations then join `sources`.
 */
export interface GuideExplanation {
  readonly id: string;
  readonly when: GuideCondition | null;
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
}

/** General explanations, after the leaning's own reason (docs/legal-sources.md, "The IEP-or-504 guide"; New Hampshire under "State law"). */
export const GUIDE_EXPLANATIONS: readonly GuideExplanation[] = [
  {
    id: 'idea-two-prongs',
    when: null,
    text: {
      en: 'IDEA: a child qualifies when both are true: (1) an evaluation finds one of the 13 disability categories, and (2) because of it, the child needs special education.',
      es: 'IDEA: un niño reúne los requisitos cuando se cumplen las dos condiciones: (1) una evaluación determina que tiene una de las 13 categorías de discapacidad, y (2) por esa razón necesita educación especial.',
      vi: 'IDEA: trẻ đủ điều kiện khi cả hai điều sau đều đúng: (1) một cuộc đánh giá xác định trẻ thuộc một trong 13 loại khuyết tật, và (2) vì khuyết tật đó, trẻ cần giáo dục đặc biệt.',
      'zh-Hans':
        'IDEA：以下两点都成立时，孩子才符合资格：（1）评估发现属于 13 类残障之一；（2）因为这种残障，孩子需要特殊教育。',
      ar: 'IDEA: يكون الطفل مؤهلًا عندما يتحقق الأمران معًا: (1) أن يجد التقييم إحدى فئات الإعاقة الثلاث عشرة، و(2) أن يحتاج الطفل بسببها إلى التعليم الخاص.',
    },
    sources: [{ citation: '34 CFR 300.8(a)(1)', status: 'confirmed' }],
  },
  {
    id: '504-definition',
    when: null,
    text: {
      en: 'Section 504: a child qualifies with a physical or mental impairment that substantially limits a major life activity, such as learning, reading, concentrating or breathing. Medicine and other supports are set aside when judging this.',
      es: 'Sección 504: un niño reúne los requisitos si tiene un impedimento físico o mental que limita sustancialmente una actividad principal de la vida, como aprender, leer, concentrarse o respirar. Para juzgarlo no se toman en cuenta los medicamentos ni otros apoyos.',
      vi: 'Điều 504: trẻ đủ điều kiện khi có một suy giảm về thể chất hoặc tinh thần làm hạn chế đáng kể một hoạt động sống chính, như học tập, đọc, tập trung hay hít thở. Khi xét điều này, không tính đến thuốc và các hỗ trợ khác.',
      'zh-Hans':
        '第504条：孩子有严重限制某项主要生活活动（如学习、阅读、专注或呼吸）的身体或心理损伤，即符合资格。判断时不考虑药物和其他支持的作用。',
      ar: 'المادة 504: يكون الطفل مؤهلًا إذا كان لديه اعتلال جسدي أو عقلي يحدّ بشكل كبير من نشاط حياتي رئيسي، مثل التعلّم أو القراءة أو التركيز أو التنفس. ويُستبعد أثر الدواء وغيره من أشكال الدعم عند الحكم على ذلك.',
    },
    sources: [{ citation: '34 CFR 104.3(j)(1); 42 U.S.C. 12102(4)(E)', status: 'confirmed' }],
  },
  {
    id: 'mitigating-measures',
    when: {
      all: [
        { answer: 'hasCondition', in: ['yes'] },
        { answer: 'limitsDailyActivity', in: ['no'] },
      ],
    },
    text: {
      en: 'You said the condition does not limit everyday activities. Under Section 504 that is judged without medicine, devices or learned ways of coping: if treatment is what makes things look fine, the answer may be yes.',
      es: 'Usted indicó que la condición no limita las actividades diarias. Según la Sección 504, eso se juzga sin medicamentos, aparatos ni estrategias aprendidas: si es el tratamiento lo que hace que todo parezca bien, la respuesta puede ser sí.',
      vi: 'Quý vị cho biết tình trạng này không hạn chế các hoạt động hằng ngày. Theo Điều 504, việc này được xét khi không có thuốc, dụng cụ hay những cách đối phó trẻ đã học được: nếu chính việc điều trị làm mọi thứ trông ổn, câu trả lời có thể là có.',
      'zh-Hans':
        '您说这种状况不会限制日常活动。按照第504条，判断时不考虑药物、辅助器具或孩子学会的应对方法：如果是治疗让一切看起来正常，答案可能是“会”。',
      ar: 'ذكرتَ أن الحالة لا تحدّ من الأنشطة اليومية. بموجب المادة 504 يُحكم على ذلك دون الدواء أو الأجهزة أو طرق التكيّف المكتسبة: فإذا كان العلاج هو ما يجعل الأمور تبدو طبيعية، فقد تكون الإجابة نعم.',
    },
    sources: [{ citation: '42 U.S.C. 12102(4)(E)', status: 'confirmed' }],
  },
  {
    id: 'no-diagnosis-needed',
    when: { all: [{ answer: 'hasCondition', in: ['no', 'unsure'] }, { leaning: ['iep', 'either'] }] },
    text: {
      en: 'You do not need a diagnosis first: a child suspected of having a disability can be evaluated, and the evaluation is how a disability is identified.',
      es: 'No necesita un diagnóstico primero: se puede evaluar a un niño del que se sospecha una discapacidad, y la evaluación es la forma de identificarla.',
      vi: 'Quý vị không cần có chẩn đoán trước: trẻ bị nghi ngờ có khuyết tật có thể được đánh giá, và chính cuộc đánh giá là cách xác định khuyết tật.',
      'zh-Hans': '不需要先有诊断：疑似有残障的孩子就可以接受评估，而评估正是认定残障的方式。',
      ar: 'لا تحتاج إلى تشخيص أولًا: يمكن تقييم الطفل المشتبه في أن لديه إعاقة، والتقييم هو الطريقة التي تُحدَّد بها الإعاقة.',
    },
    sources: [
      { citation: '34 CFR 300.301(b)', status: 'confirmed' },
      { citation: '34 CFR 300.111(c)(1)', status: 'confirmed-secondary' },
    ],
  },
  {
    id: 'one-plan-position',
    when: { all: [{ hasOnePlanPosition: true }, { leaning: ['iep', 'either'] }] },
    // The text and its source come entirely from the state's facts.
    text: {
      en: '{onePlanPosition}',
      es: '{onePlanPosition}',
      vi: '{onePlanPosition}',
      'zh-Hans': '{onePlanPosition}',
      ar: '{onePlanPosition}',
    },
    sources: [],
  },
];

/** A plain-language answer to something schools often say. Text may use fact placeholders. */
export interface GuideMythAnswer {
  readonly id: Exclude<SchoolSaid, 'nothing-yet'>;
  readonly answer: LocalizedText;
  readonly sources: readonly Cited[];
}

/** Answers to what the school said, in the order shown (docs/legal-sources.md, "The IEP-or-504 guide"). */
export const GUIDE_MYTHS: readonly GuideMythAnswer[] = [
  {
    id: 'try-504-first',
    answer: {
      en: 'You do not have to try a 504 plan before an IDEA evaluation. You can ask for an evaluation at any time; the school must then either ask for your consent or refuse in a prior written notice. A 504 plan does not answer whether your child needs specially designed instruction.',
      es: 'No tiene que probar un plan 504 antes de una evaluación de IDEA. Puede pedir una evaluación en cualquier momento; la escuela debe entonces pedirle su consentimiento o negarse mediante una notificación previa por escrito. Un plan 504 no responde a la pregunta de si su hijo o hija necesita instrucción especialmente diseñada.',
      vi: 'Quý vị không cần thử kế hoạch 504 trước khi có đánh giá theo IDEA. Quý vị có thể yêu cầu đánh giá bất cứ lúc nào; khi đó nhà trường phải xin sự đồng ý của quý vị hoặc từ chối bằng thông báo trước bằng văn bản. Kế hoạch 504 không trả lời câu hỏi con quý vị có cần giảng dạy được thiết kế đặc biệt hay không.',
      'zh-Hans':
        '在 IDEA 评估之前，您不必先试行504计划。您随时可以要求评估；学校必须征求您的同意，或以事先书面通知拒绝。504计划并不能回答您的孩子是否需要特别设计的教学。',
      ar: 'لا يلزمك تجربة خطة 504 قبل تقييم IDEA. يمكنك طلب التقييم في أي وقت؛ وعندها يجب على المدرسة إما أن تطلب موافقتك أو أن ترفض في إشعار كتابي مسبق. ولا تجيب خطة 504 عن سؤال ما إذا كان طفلك يحتاج إلى تدريس مصمم خصيصًا.',
    },
    sources: [{ citation: '34 CFR 300.301(b); 34 CFR 300.503(a)', status: 'confirmed' }],
  },
  {
    id: 'grades-are-fine',
    answer: {
      en: 'Good grades do not rule out an IEP. Special education must be available to a child who needs it even while passing from grade to grade, and schools must look for children suspected of a disability even if they are advancing. Under Section 504 too, what matters is how hard things are for your child, not only the results.',
      es: 'Las buenas calificaciones no descartan un IEP. La educación especial debe estar disponible para el niño que la necesite aunque vaya pasando de grado, y las escuelas deben buscar a los niños de los que se sospecha una discapacidad aunque avancen. También en la Sección 504 lo que cuenta es cuánto le cuesta a su hijo o hija, no solo los resultados.',
      vi: 'Điểm số tốt không loại trừ IEP. Giáo dục đặc biệt phải dành cho trẻ cần đến nó ngay cả khi trẻ vẫn được lên lớp, và nhà trường phải tìm những trẻ bị nghi ngờ có khuyết tật ngay cả khi các em đang tiến bộ. Theo Điều 504 cũng vậy, điều quan trọng là mọi việc khó khăn với con quý vị đến mức nào, không chỉ là kết quả.',
      'zh-Hans':
        '成绩好并不排除 IEP。即使孩子一年年升级，只要需要，也必须为其提供特殊教育；即使孩子在进步，学校也必须寻找疑似有残障的孩子。按照第504条也是一样：重要的是孩子做事有多吃力，而不只是结果。',
      ar: 'الدرجات الجيدة لا تستبعد برنامج IEP. يجب أن يتاح التعليم الخاص للطفل الذي يحتاجه حتى وهو ينتقل من صف إلى صف، ويجب على المدارس البحث عن الأطفال المشتبه في إعاقتهم حتى لو كانوا يتقدمون. وبموجب المادة 504 أيضًا، المهم هو مدى صعوبة الأمور على طفلك، لا النتائج وحدها.',
    },
    sources: [
      { citation: '34 CFR 300.101(c)', status: 'confirmed' },
      { citation: '34 CFR 300.111(c)(1)', status: 'confirmed-secondary' },
      { citation: 'OSEP Letter to Delisle (2013)', status: 'confirmed' },
    ],
  },
  {
    id: 'rti-first',
    answer: {
      en: 'Interventions can go on, but RTI or MTSS cannot be used to delay or deny an evaluation when a disability is suspected. You can ask for an evaluation now, while the interventions continue.',
      es: 'Las intervenciones pueden seguir, pero RTI o MTSS no se pueden usar para retrasar ni negar una evaluación cuando se sospecha una discapacidad. Puede pedir una evaluación ahora, mientras continúan las intervenciones.',
      vi: 'Các biện pháp can thiệp có thể tiếp tục, nhưng không được dùng RTI hay MTSS để trì hoãn hoặc từ chối đánh giá khi nghi ngờ có khuyết tật. Quý vị có thể yêu cầu đánh giá ngay bây giờ, trong khi các biện pháp can thiệp vẫn tiếp tục.',
      'zh-Hans':
        '干预可以继续，但在怀疑有残障时，不能用 RTI 或 MTSS 来拖延或拒绝评估。您现在就可以要求评估，同时干预继续进行。',
      ar: 'يمكن أن تستمر التدخلات، لكن لا يجوز استخدام RTI أو MTSS لتأخير التقييم أو رفضه عند الاشتباه في وجود إعاقة. يمكنك طلب التقييم الآن، بينما تستمر التدخلات.',
    },
    sources: [{ citation: 'OSEP Memo 11-07 (2011)', status: 'confirmed' }],
  },
  {
    id: 'needs-medical-diagnosis',
    answer: {
      en: "You do not need a doctor's diagnosis to ask for an evaluation. Under IDEA, the school's own evaluation decides whether there is a disability; Section 504 does not require a medical diagnosis either.",
      es: 'No necesita un diagnóstico médico para pedir una evaluación. Según IDEA, es la propia evaluación de la escuela la que determina si hay una discapacidad; la Sección 504 tampoco exige un diagnóstico médico.',
      vi: 'Quý vị không cần chẩn đoán của bác sĩ để yêu cầu đánh giá. Theo IDEA, chính cuộc đánh giá của nhà trường quyết định có khuyết tật hay không; Điều 504 cũng không đòi hỏi chẩn đoán y khoa.',
      'zh-Hans': '要求评估不需要医生的诊断。按照 IDEA，由学校自己的评估来决定是否有残障；第504条也不要求医学诊断。',
      ar: 'لا تحتاج إلى تشخيص من طبيب لطلب التقييم. بموجب IDEA، تقييم المدرسة نفسها هو الذي يقرر وجود الإعاقة؛ ولا تشترط المادة 504 تشخيصًا طبيًا أيضًا.',
    },
    sources: [
      { citation: '34 CFR 300.301(b)', status: 'confirmed' },
      // "No medical diagnosis required" is read from secondary sources (docs/legal-sources.md, Section 504).
      { citation: '34 CFR 104.3(j)', status: 'confirmed-secondary' },
    ],
  },
  {
    id: 'wait-and-see',
    answer: {
      en: 'You do not have to wait. If you suspect a disability, you can ask in writing for an evaluation now. {evaluationTimeLimit}.',
      es: 'No tiene que esperar. Si sospecha una discapacidad, puede pedir por escrito una evaluación ahora. {evaluationTimeLimit}.',
      vi: 'Quý vị không cần chờ. Nếu nghi ngờ con có khuyết tật, quý vị có thể yêu cầu đánh giá bằng văn bản ngay bây giờ. {evaluationTimeLimit}.',
      'zh-Hans': '您不必等待。如果怀疑孩子有残障，现在就可以书面要求评估。{evaluationTimeLimit}。',
      ar: 'لا داعي للانتظار. إذا كنت تشتبه في وجود إعاقة، يمكنك طلب التقييم كتابةً الآن. {evaluationTimeLimit}.',
    },
    sources: [{ citation: '34 CFR 300.301(b)', status: 'confirmed' }],
  },
];

/** Shown with every result: the guide explains, it never decides. */
export const GUIDE_DISCLAIMER: LocalizedText = {
  en: 'This guide explains the law in general terms from your answers. It does not decide whether your child is eligible for an IEP or a 504 plan: only the school team decides that, after an evaluation (for an IEP, you are part of that team). It is not legal advice.',
  es: 'Esta guía explica la ley en términos generales a partir de sus respuestas. No decide si su hijo o hija reúne los requisitos para un IEP o un plan 504: eso solo lo decide el equipo de la escuela, después de una evaluación (en el caso de un IEP, usted forma parte de ese equipo). No es asesoría legal.',
  vi: 'Hướng dẫn này giải thích luật một cách khái quát dựa trên câu trả lời của quý vị. Hướng dẫn không quyết định con quý vị có đủ điều kiện nhận IEP hay kế hoạch 504 hay không: chỉ nhóm của nhà trường quyết định điều đó, sau một cuộc đánh giá (với IEP, quý vị là thành viên của nhóm đó). Đây không phải là tư vấn pháp lý.',
  'zh-Hans':
    '本指南根据您的回答，概括地解释相关法律。它不决定您的孩子是否有资格获得 IEP 或504计划：这只能由学校团队在评估后决定（就 IEP 而言，您也是团队成员）。本指南不是法律意见。',
  ar: 'يشرح هذا الدليل القانون بعبارات عامة بناءً على إجاباتك. وهو لا يقرر ما إذا كان طفلك مؤهلًا لبرنامج IEP أو خطة 504: فريق المدرسة وحده يقرر ذلك بعد التقييم (وفي برنامج IEP أنت جزء من هذا الفريق). وهو ليس استشارة قانونية.',
};
