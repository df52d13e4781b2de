import type { LocalizedText } from '../law/rule-status';
import { capitalizedText as capitalized } from '../progress/format-words';
import { AREAS_OF_CONCERN } from '../schemas/letters';
import type { GuideAnswers, GuideQuestionId } from '../schemas/guide';
import { AREA_OF_CONCERN_LABELS } from './area-of-concern-labels';

/** How a question is answered: yes/no/unsure, one option, or any number of options. */
export const GUIDE_QUESTION_KINDS = ['yes-no-unsure', 'single', 'multi'] as const;
export type GuideQuestionKind = (typeof GUIDE_QUESTION_KINDS)[number];

/** The option ids a question accepts, from its answer type. */
export type GuideOptionId<Q extends GuideQuestionId> = GuideAnswers[Q] extends readonly (infer E)[]
  ? E
  : GuideAnswers[Q];

/** One answer a question offers: its id (what the answers hold) and its label. */
export interface GuideOption<Q extends GuideQuestionId = GuideQuestionId> {
  readonly id: GuideOptionId<Q>;
  readonly text: LocalizedText;
}

/** One question of the decision guide, with every option it accepts. */
export type GuideQuestion = {
  readonly [Q in GuideQuestionId]: {
    readonly id: Q;
    readonly kind: GuideQuestionKind;
    readonly text: LocalizedText;
    /** A line of explanation under the question; null when none is needed. */
    readonly help: LocalizedText | null;
    readonly options: readonly GuideOption<Q>[];
  };
}[GuideQuestionId];

const YES_NO_UNSURE_OPTIONS = [
  { id: 'yes', text: { en: 'Yes', es: 'Sí', vi: 'Có', 'zh-Hans': '是', ar: 'نعم' } },
  { id: 'no', text: { en: 'No', es: 'No', vi: 'Không', 'zh-Hans': '否', ar: 'لا' } },
  { id: 'unsure', text: { en: 'Not sure', es: 'No lo sé', vi: 'Không chắc', 'zh-Hans': '不确定', ar: 'غير متأكد' } },
] as const;

/**
 * The questions of the IEP-or-504 guide, in the order they are asked. Written for parents; the law
 * each answer bears on is in the guide's rules (`guide-signals.ts`, `guide-myths.ts`).
 */
export const guideQuestions: readonly GuideQuestion[] = [
  {
    id: 'concernAreas',
    kind: 'multi',
    text: {
      en: 'Where do you see your child struggling at school? Choose all that apply.',
      es: '¿En qué áreas ve que su hijo o hija tiene dificultades en la escuela? Marque todas las que correspondan.',
      vi: 'Quý vị thấy con gặp khó khăn ở trường trong những lĩnh vực nào? Chọn tất cả những mục phù hợp.',
      'zh-Hans': '您看到孩子在学校哪些方面有困难？请选择所有适用的选项。',
      ar: 'في أي مجالات ترى طفلك يواجه صعوبة في المدرسة؟ اختر كل ما ينطبق.',
    },
    help: null,
    options: AREAS_OF_CONCERN.map((id) => ({ id, text: capitalized(AREA_OF_CONCERN_LABELS[id]) })),
  },
  {
    id: 'hasCondition',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child have a physical or mental condition, diagnosed or suspected? For example ADHD, dyslexia, autism, anxiety, diabetes or a hearing loss.',
      es: '¿Tiene su hijo o hija una condición física o mental, diagnosticada o sospechada? Por ejemplo, TDAH, dislexia, autismo, ansiedad, diabetes o pérdida auditiva.',
      vi: 'Con quý vị có tình trạng về thể chất hoặc tinh thần, đã được chẩn đoán hoặc bị nghi ngờ không? Ví dụ ADHD, chứng khó đọc, tự kỷ, lo âu, tiểu đường hoặc khiếm thính.',
      'zh-Hans':
        '您的孩子是否有已确诊或疑似的身体或心理状况？例如多动症（ADHD）、阅读障碍、自闭症、焦虑、糖尿病或听力损失。',
      ar: 'هل لدى طفلك حالة جسدية أو نفسية، مشخَّصة أو مشتبه بها؟ مثل ADHD أو عسر القراءة أو التوحد أو القلق أو السكري أو فقدان السمع.',
    },
    help: {
      en: 'A diagnosis is not needed to ask for an evaluation.',
      es: 'No hace falta un diagnóstico para pedir una evaluación.',
      vi: 'Không cần chẩn đoán để yêu cầu đánh giá.',
      'zh-Hans': '要求评估不需要诊断。',
      ar: 'لا يلزم تشخيص لطلب التقييم.',
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'limitsDailyActivity',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does it make an everyday activity harder for your child than for most children of the same age, such as learning, reading, concentrating, communicating, eating, sleeping or breathing?',
      es: '¿Esa condición le hace más difícil que a la mayoría de los niños de su edad alguna actividad diaria, como aprender, leer, concentrarse, comunicarse, comer, dormir o respirar?',
      vi: 'Tình trạng đó có làm một hoạt động hằng ngày khó khăn hơn với con quý vị so với hầu hết trẻ cùng tuổi không, như học tập, đọc, tập trung, giao tiếp, ăn, ngủ hay hít thở?',
      'zh-Hans':
        '这种状况是否让孩子做某项日常活动比大多数同龄孩子更困难，例如学习、阅读、专注、沟通、进食、睡眠或呼吸？',
      ar: 'هل تجعل هذه الحالة نشاطًا يوميًا أصعب على طفلك مما هو على معظم الأطفال في سنه، مثل التعلّم أو القراءة أو التركيز أو التواصل أو الأكل أو النوم أو التنفس؟',
    },
    help: {
      en: 'Answer as if your child had no medicine, devices or extra help: the law looks at the condition without them.',
      es: 'Responda como si su hijo o hija no tuviera medicamentos, aparatos ni ayuda adicional: la ley mira la condición sin ellos.',
      vi: 'Hãy trả lời như thể con quý vị không dùng thuốc, dụng cụ hay sự giúp đỡ thêm: luật xét tình trạng khi không có những thứ đó.',
      'zh-Hans': '请按孩子没有药物、辅助器具或额外帮助的情况来回答：法律看的是没有这些时的状况。',
      ar: 'أجب كما لو لم يكن لدى طفلك دواء أو أجهزة أو مساعدة إضافية: فالقانون ينظر إلى الحالة من دونها.',
    },
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsSkillTaught',
    kind: 'yes-no-unsure',
    text: {
      en: 'Is there a skill your child has not learned that needs to be taught in a different way, such as reading words, writing, math facts, speaking, getting along with others or managing emotions?',
      es: '¿Hay alguna habilidad que su hijo o hija no ha aprendido y que necesita que se le enseñe de otra manera, como leer palabras, escribir, operaciones básicas de matemáticas, hablar, relacionarse con otros o manejar sus emociones?',
      vi: 'Có kỹ năng nào con quý vị chưa học được và cần được dạy theo cách khác không, như đọc từ, viết, các phép tính cơ bản, nói, hòa đồng với người khác hoặc kiểm soát cảm xúc?',
      'zh-Hans':
        '孩子是否有某项还没学会、需要用不同方式来教的技能，例如认读字词、写作、基本算术、说话、与人相处或管理情绪？',
      ar: 'هل هناك مهارة لم يتعلمها طفلك وتحتاج إلى تدريسها بطريقة مختلفة، مثل قراءة الكلمات أو الكتابة أو الحقائق الحسابية أو الكلام أو التعامل مع الآخرين أو إدارة المشاعر؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsChangedWork',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child need the work itself changed (easier or below-grade material, fewer or simpler questions, different grading), not only more time or a different seat?',
      es: '¿Necesita su hijo o hija que se cambie el trabajo mismo (material más sencillo o de un grado inferior, menos preguntas o más simples, otra forma de calificar), y no solo más tiempo u otro asiento?',
      vi: 'Con quý vị có cần thay đổi chính bài học (tài liệu dễ hơn hoặc dưới lớp, ít câu hỏi hơn hoặc câu hỏi đơn giản hơn, cách chấm điểm khác), không chỉ thêm thời gian hay chỗ ngồi khác?',
      'zh-Hans':
        '孩子是否需要改变作业本身（更容易或低于年级水平的材料、更少或更简单的题目、不同的评分方式），而不只是更多时间或换个座位？',
      ar: 'هل يحتاج طفلك إلى تغيير العمل نفسه (مواد أسهل أو دون مستوى الصف، أسئلة أقل أو أبسط، تقييم مختلف)، لا مجرد وقت إضافي أو مقعد مختلف؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsSpecialistHelp',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child need regular teaching or therapy from a specialist, such as a special education teacher, speech-language therapist, occupational therapist or counselor, to make progress?',
      es: '¿Necesita su hijo o hija enseñanza o terapia regular de un especialista, como un maestro de educación especial, un terapeuta del habla y lenguaje, un terapeuta ocupacional o un consejero, para progresar?',
      vi: 'Con quý vị có cần được một chuyên viên dạy hoặc trị liệu thường xuyên để tiến bộ không, như giáo viên giáo dục đặc biệt, chuyên viên trị liệu ngôn ngữ, chuyên viên hoạt động trị liệu hoặc chuyên viên tư vấn?',
      'zh-Hans': '孩子是否需要专业人员（如特殊教育老师、言语治疗师、职能治疗师或辅导员）定期教学或治疗才能取得进展？',
      ar: 'هل يحتاج طفلك إلى تدريس أو علاج منتظم من أخصائي، مثل معلم التعليم الخاص أو أخصائي النطق واللغة أو أخصائي العلاج الوظيفي أو المرشد، حتى يتقدم؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'behaviorGetsInWay',
    kind: 'yes-no-unsure',
    text: {
      en: "Does your child's behavior get in the way of learning, their own or other students'?",
      es: '¿La conducta de su hijo o hija interfiere con el aprendizaje, el suyo propio o el de otros estudiantes?',
      vi: 'Hành vi của con quý vị có cản trở việc học, của chính con hoặc của các học sinh khác không?',
      'zh-Hans': '孩子的行为是否妨碍了学习，无论是自己的还是其他学生的？',
      ar: 'هل يعيق سلوك طفلك التعلّم، تعلّمه هو أو تعلّم الطلاب الآخرين؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'supportsTried',
    kind: 'multi',
    text: {
      en: 'What help has been tried so far?',
      es: '¿Qué ayuda se ha probado hasta ahora?',
      vi: 'Đến nay đã thử những hỗ trợ nào?',
      'zh-Hans': '到目前为止尝试过哪些帮助？',
      ar: 'ما المساعدة التي جُرّبت حتى الآن؟',
    },
    help: null,
    options: [
      {
        id: 'none',
        text: { en: 'Nothing yet', es: 'Nada todavía', vi: 'Chưa nói gì', 'zh-Hans': '还没说什么', ar: 'لا شيء بعد' },
      },
      {
        id: 'classroom-accommodations',
        text: {
          en: 'Changes in the classroom (seating, extra time, breaks)',
          es: 'Cambios en el salón de clases (asiento, más tiempo, descansos)',
          vi: 'Thay đổi trong lớp học (chỗ ngồi, thêm thời gian, giờ nghỉ)',
          'zh-Hans': '课堂上的调整（座位、延长时间、休息）',
          ar: 'تغييرات في الفصل (المقعد، وقت إضافي، فترات راحة)',
        },
      },
      {
        id: '504-plan',
        text: { en: 'A 504 plan', es: 'Un plan 504', vi: 'Kế hoạch 504', 'zh-Hans': '504计划', ar: 'خطة 504' },
      },
      {
        id: 'intervention',
        text: {
          en: 'Small-group intervention (RTI or MTSS)',
          es: 'Intervención en grupo pequeño (RTI o MTSS)',
          vi: 'Can thiệp theo nhóm nhỏ (RTI hoặc MTSS)',
          'zh-Hans': '小组干预（RTI 或 MTSS）',
          ar: 'تدخل في مجموعات صغيرة (RTI أو MTSS)',
        },
      },
      {
        id: 'behavior-plan',
        text: {
          en: 'A behavior plan',
          es: 'Un plan de conducta',
          vi: 'Kế hoạch hành vi',
          'zh-Hans': '行为计划',
          ar: 'خطة سلوكية',
        },
      },
      {
        id: 'outside-help',
        text: {
          en: 'Tutoring or therapy outside school',
          es: 'Tutoría o terapia fuera de la escuela',
          vi: 'Dạy kèm hoặc trị liệu ngoài trường',
          'zh-Hans': '校外辅导或治疗',
          ar: 'دروس خصوصية أو علاج خارج المدرسة',
        },
      },
    ],
  },
  {
    id: 'progressWithSupports',
    kind: 'single',
    text: {
      en: 'With the help tried so far, how is your child doing compared with classmates?',
      es: 'Con la ayuda que se ha probado, ¿cómo le va a su hijo o hija en comparación con sus compañeros?',
      vi: 'Với những hỗ trợ đã thử, con quý vị đang học như thế nào so với các bạn cùng lớp?',
      'zh-Hans': '在已尝试的帮助下，孩子和同学相比表现如何？',
      ar: 'مع المساعدة التي جُرّبت حتى الآن، كيف حال طفلك مقارنةً بزملائه؟',
    },
    help: null,
    options: [
      {
        id: 'catching-up',
        text: {
          en: 'Catching up',
          es: 'Se está poniendo al día',
          vi: 'Đang bắt kịp',
          'zh-Hans': '正在赶上',
          ar: 'يلحق بهم',
        },
      },
      {
        id: 'same-gap',
        text: {
          en: 'Still as far behind',
          es: 'La diferencia sigue igual',
          vi: 'Vẫn chậm như trước',
          'zh-Hans': '仍然落后同样多',
          ar: 'لا يزال متأخرًا بالقدر نفسه',
        },
      },
      {
        id: 'falling-behind',
        text: {
          en: 'Falling further behind',
          es: 'Se queda cada vez más atrás',
          vi: 'Ngày càng chậm hơn',
          'zh-Hans': '越来越落后',
          ar: 'يتأخر أكثر فأكثر',
        },
      },
      {
        id: 'not-sure',
        text: {
          en: 'Not sure, or nothing tried yet',
          es: 'No lo sé, o no se ha probado nada',
          vi: 'Không chắc, hoặc chưa thử gì',
          'zh-Hans': '不确定，或还没尝试过任何帮助',
          ar: 'غير متأكد، أو لم يُجرَّب شيء بعد',
        },
      },
    ],
  },
  {
    id: 'learnsWhenBarriersRemoved',
    kind: 'yes-no-unsure',
    text: {
      en: 'When a barrier is removed (extra time, a quieter place, breaks, a different seat, medicine or care at school), does your child keep up with grade-level work?',
      es: 'Cuando se quita un obstáculo (más tiempo, un lugar más tranquilo, descansos, otro asiento, medicamentos o cuidados en la escuela), ¿puede su hijo o hija seguir el trabajo de su grado?',
      vi: 'Khi một rào cản được gỡ bỏ (thêm thời gian, chỗ yên tĩnh hơn, giờ nghỉ, chỗ ngồi khác, thuốc hoặc chăm sóc tại trường), con quý vị có theo kịp bài vở của lớp không?',
      'zh-Hans': '当障碍被消除后（延长时间、更安静的地方、休息、换座位、在校用药或照护），孩子能跟上年级水平的功课吗？',
      ar: 'عندما يُزال عائق (وقت إضافي، مكان أهدأ، فترات راحة، مقعد مختلف، دواء أو رعاية في المدرسة)، هل يواكب طفلك عمل مستوى صفه؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'needsHealthCare',
    kind: 'yes-no-unsure',
    text: {
      en: 'Does your child need health care or safety steps at school, such as medicine, blood-sugar checks, an emergency plan, or access to water, snacks or the restroom?',
      es: '¿Necesita su hijo o hija atención de salud o medidas de seguridad en la escuela, como medicamentos, control del azúcar en la sangre, un plan de emergencia o acceso a agua, refrigerios o al baño?',
      vi: 'Con quý vị có cần chăm sóc sức khỏe hoặc các biện pháp an toàn tại trường không, như thuốc, kiểm tra đường huyết, kế hoạch cấp cứu, hoặc được uống nước, ăn nhẹ hay đi vệ sinh?',
      'zh-Hans': '孩子在学校是否需要健康照护或安全措施，例如用药、血糖检测、紧急应对计划，或随时喝水、吃点心、上厕所？',
      ar: 'هل يحتاج طفلك إلى رعاية صحية أو إجراءات سلامة في المدرسة، مثل الدواء أو فحص سكر الدم أو خطة طوارئ أو الوصول إلى الماء أو الوجبات الخفيفة أو دورة المياه؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
  {
    id: 'schoolSaid',
    kind: 'multi',
    text: {
      en: 'What has the school told you? Choose all that apply.',
      es: '¿Qué le ha dicho la escuela? Marque todas las que correspondan.',
      vi: 'Nhà trường đã nói gì với quý vị? Chọn tất cả những mục phù hợp.',
      'zh-Hans': '学校对您说了什么？请选择所有适用的选项。',
      ar: 'ماذا قالت لك المدرسة؟ اختر كل ما ينطبق.',
    },
    help: null,
    options: [
      {
        id: 'try-504-first',
        text: {
          en: '“Let’s try a 504 plan first.”',
          es: '“Probemos primero con un plan 504.”',
          vi: '“Hãy thử kế hoạch 504 trước.”',
          'zh-Hans': '“我们先试试504计划吧。”',
          ar: '“لنجرّب خطة 504 أولًا.”',
        },
      },
      {
        id: 'grades-are-fine',
        text: {
          en: '“Your child’s grades are fine.”',
          es: '“Sus calificaciones están bien.”',
          vi: '“Điểm số của con quý vị vẫn ổn.”',
          'zh-Hans': '“您孩子的成绩没问题。”',
          ar: '“درجات طفلك جيدة.”',
        },
      },
      {
        id: 'rti-first',
        text: {
          en: '“We do RTI (or MTSS) first.”',
          es: '“Primero hacemos RTI (o MTSS).”',
          vi: '“Chúng tôi làm RTI (hoặc MTSS) trước.”',
          'zh-Hans': '“我们先做 RTI（或 MTSS）。”',
          ar: '“نطبّق RTI (أو MTSS) أولًا.”',
        },
      },
      {
        id: 'needs-medical-diagnosis',
        text: {
          en: '“Bring us a doctor’s diagnosis first.”',
          es: '“Primero tráiganos un diagnóstico médico.”',
          vi: '“Hãy mang chẩn đoán của bác sĩ đến trước.”',
          'zh-Hans': '“请先给我们医生的诊断。”',
          ar: '“أحضر لنا تشخيص الطبيب أولًا.”',
        },
      },
      {
        id: 'wait-and-see',
        text: {
          en: '“Let’s wait and see; your child may grow out of it.”',
          es: '“Esperemos; puede que se le pase con el tiempo.”',
          vi: '“Cứ chờ xem; có thể lớn lên con sẽ hết.”',
          'zh-Hans': '“先等等看；孩子长大了也许就好了。”',
          ar: '“لننتظر ونرَ؛ قد يتجاوز طفلك ذلك مع الوقت.”',
        },
      },
      {
        id: 'nothing-yet',
        text: { en: 'Nothing yet', es: 'Nada todavía', vi: 'Chưa nói gì', 'zh-Hans': '还没说什么', ar: 'لا شيء بعد' },
      },
    ],
  },
  {
    id: 'evaluationSoFar',
    kind: 'single',
    text: {
      en: 'Where are you with a special education evaluation?',
      es: '¿En qué punto está la evaluación de educación especial?',
      vi: 'Quý vị đang ở bước nào với việc đánh giá giáo dục đặc biệt?',
      'zh-Hans': '您目前在特殊教育评估的哪个阶段？',
      ar: 'أين وصلت في تقييم التعليم الخاص؟',
    },
    help: null,
    options: [
      {
        id: 'none',
        text: {
          en: 'I have not asked for one yet',
          es: 'Todavía no la he pedido',
          vi: 'Tôi chưa yêu cầu',
          'zh-Hans': '我还没有提出要求',
          ar: 'لم أطلبه بعد',
        },
      },
      {
        id: 'requested-waiting',
        text: {
          en: 'I asked in writing and am waiting for an answer',
          es: 'La pedí por escrito y espero respuesta',
          vi: 'Tôi đã yêu cầu bằng văn bản và đang chờ trả lời',
          'zh-Hans': '我已书面提出要求，正在等待答复',
          ar: 'طلبته كتابةً وأنتظر الرد',
        },
      },
      {
        id: 'refused',
        text: {
          en: 'The school said no',
          es: 'La escuela dijo que no',
          vi: 'Nhà trường đã từ chối',
          'zh-Hans': '学校拒绝了',
          ar: 'رفضت المدرسة',
        },
      },
      {
        id: 'evaluated-agree',
        text: {
          en: 'My child was evaluated and I agree with the results',
          es: 'Ya se hizo la evaluación y estoy de acuerdo con los resultados',
          vi: 'Con tôi đã được đánh giá và tôi đồng ý với kết quả',
          'zh-Hans': '孩子已接受评估，我同意评估结果',
          ar: 'قُيّم طفلي وأنا موافق على النتائج',
        },
      },
      {
        id: 'evaluated-disagree',
        text: {
          en: 'My child was evaluated and I disagree with the results',
          es: 'Ya se hizo la evaluación y no estoy de acuerdo con los resultados',
          vi: 'Con tôi đã được đánh giá và tôi không đồng ý với kết quả',
          'zh-Hans': '孩子已接受评估，我不同意评估结果',
          ar: 'قُيّم طفلي وأنا غير موافق على النتائج',
        },
      },
    ],
  },
  {
    id: 'meetingSoon',
    kind: 'yes-no-unsure',
    text: {
      en: 'Is a meeting with the school coming up?',
      es: '¿Tiene pronto una reunión con la escuela?',
      vi: 'Sắp có cuộc họp với nhà trường không?',
      'zh-Hans': '近期是否要和学校开会？',
      ar: 'هل هناك اجتماع قريب مع المدرسة؟',
    },
    help: null,
    options: YES_NO_UNSURE_OPTIONS,
  },
];
