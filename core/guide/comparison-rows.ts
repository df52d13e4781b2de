import type { Cited, LocalizedText } from '../law/rule-status';

/** The rows of the IEP-vs-504 comparison, in display order. */
export const COMPARISON_ROW_IDS = [
  'what-it-is',
  'law',
  'who-qualifies',
  'evaluation',
  'goals',
  'progress',
  'parents',
  'consent',
  'safeguards',
  'reevaluation',
  'transition',
  'disputes',
  'both-plans',
] as const;
export type ComparisonRowId = (typeof COMPARISON_ROW_IDS)[number];

/**
 * One side of a row before the state is known: text (with `{placeholders}` of `FACT_PLACEHOLDERS`) and
 * its sources, one per citation, each with its own status.
 */
export interface ComparisonCellTemplate {
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
}

/** A state-specific note a row can carry beneath its two cells. */
export type ComparisonStateNote = 'one-plan-position' | 'state-rules-missing';

/** One row of the comparison as data, before the state's facts fill it. */
export interface ComparisonRowTemplate {
  readonly id: ComparisonRowId;
  readonly topic: LocalizedText;
  readonly iep: ComparisonCellTemplate;
  readonly section504: ComparisonCellTemplate;
  readonly stateNote?: ComparisonStateNote;
}

/**
 * The comparison as data. Citations and statuses follow docs/legal-sources.md ("The IEP-or-504 guide");
 * state numbers come only through placeholders.
 */
export const COMPARISON_ROWS: readonly ComparisonRowTemplate[] = [
  {
    id: 'what-it-is',
    topic: { en: 'What it is', es: 'Qué es', vi: 'Đó là gì', 'zh-Hans': '是什么', ar: 'ما هي' },
    iep: {
      text: {
        en: 'Special education: specially designed instruction and related services, written into an individualized education program (IEP) with measurable goals.',
        es: 'Educación especial: instrucción especialmente diseñada y servicios relacionados, por escrito en un programa de educación individualizado (IEP) con metas medibles.',
        vi: 'Giáo dục đặc biệt: giảng dạy được thiết kế đặc biệt và các dịch vụ liên quan, ghi trong một Chương trình Giáo dục Cá nhân hóa (IEP) với các mục tiêu đo lường được.',
        'zh-Hans': '特殊教育：特别设计的教学和相关服务，写入一份有可衡量目标的个别化教育计划（IEP）。',
        ar: 'التعليم الخاص: تدريس مصمم خصيصًا وخدمات ذات صلة، مكتوبة في برنامج التعليم الفردي (IEP) بأهداف قابلة للقياس.',
      },
      sources: [{ citation: '34 CFR 300.320(a)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'A plan of accommodations, aids and services (and special education if needed) so the student can take part in school as fully as classmates without disabilities.',
        es: 'Un plan de adaptaciones, apoyos y servicios (y educación especial si hace falta) para que el estudiante participe en la escuela tan plenamente como sus compañeros sin discapacidades.',
        vi: 'Một kế hoạch gồm các điều chỉnh hỗ trợ, phương tiện hỗ trợ và dịch vụ (và giáo dục đặc biệt nếu cần) để học sinh có thể tham gia việc học đầy đủ như các bạn không khuyết tật.',
        'zh-Hans':
          '一份包含便利措施、辅助工具和服务（必要时也包括特殊教育）的计划，让学生能像没有残障的同学一样充分参与学校生活。',
        ar: 'خطة من الترتيبات التيسيرية والوسائل المساعدة والخدمات (والتعليم الخاص عند الحاجة) حتى يشارك الطالب في المدرسة مشاركة كاملة مثل زملائه غير ذوي الإعاقة.',
      },
      sources: [{ citation: '34 CFR 104.33(b)(1)', status: 'confirmed' }],
    },
  },
  {
    id: 'law',
    topic: {
      en: 'Governing law',
      es: 'Ley que lo rige',
      vi: 'Luật điều chỉnh',
      'zh-Hans': '依据的法律',
      ar: 'القانون الحاكم',
    },
    iep: {
      text: {
        en: 'The Individuals with Disabilities Education Act (IDEA), a federal law that funds special education and sets detailed procedures. Its regulations are at 34 CFR Part 300.',
        es: 'La Ley de Educación para Personas con Discapacidades (IDEA), una ley federal que financia la educación especial y fija procedimientos detallados. Su reglamento está en 34 CFR Part 300.',
        vi: 'Đạo luật Giáo dục Người Khuyết tật (IDEA), luật liên bang cấp ngân sách cho giáo dục đặc biệt và đặt ra các thủ tục chi tiết. Các quy định của luật này nằm ở 34 CFR Part 300.',
        'zh-Hans':
          '《残疾人教育法》（IDEA），一部为特殊教育提供经费并规定详细程序的联邦法律。其法规见 34 CFR Part 300。',
        ar: 'قانون تعليم الأفراد ذوي الإعاقة (IDEA)، وهو قانون فيدرالي يموّل التعليم الخاص ويضع إجراءات مفصّلة. ولوائحه في 34 CFR Part 300.',
      },
      sources: [{ citation: '34 CFR Part 300', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'Section 504 of the Rehabilitation Act of 1973, a civil-rights law against disability discrimination by schools that receive federal funds. Its regulations are at 34 CFR Part 104; the Americans with Disabilities Act adds similar protection.',
        es: 'La Sección 504 de la Ley de Rehabilitación de 1973, una ley de derechos civiles contra la discriminación por discapacidad en las escuelas que reciben fondos federales. Su reglamento está en 34 CFR Part 104; la Ley de Estadounidenses con Discapacidades (ADA) añade una protección parecida.',
        vi: 'Điều 504 của Đạo luật Phục hồi chức năng năm 1973, một luật dân quyền chống phân biệt đối xử do khuyết tật tại các trường nhận ngân sách liên bang. Các quy định nằm ở 34 CFR Part 104; Đạo luật Người Mỹ Khuyết tật bổ sung sự bảo vệ tương tự.',
        'zh-Hans':
          '1973年《康复法》第504条，一部禁止接受联邦资助的学校因残障而歧视的民权法律。其法规见 34 CFR Part 104；《美国残疾人法》提供类似的保护。',
        ar: 'المادة 504 من قانون إعادة التأهيل لعام 1973، وهو قانون حقوق مدنية يحظر التمييز بسبب الإعاقة في المدارس التي تتلقى تمويلًا فيدراليًا. ولوائحه في 34 CFR Part 104؛ ويضيف قانون الأمريكيين ذوي الإعاقة حماية مماثلة.',
      },
      sources: [{ citation: '34 CFR Part 104', status: 'confirmed' }],
    },
  },
  {
    id: 'who-qualifies',
    topic: {
      en: 'Who qualifies',
      es: 'Quién reúne los requisitos',
      vi: 'Ai đủ điều kiện',
      'zh-Hans': '谁符合资格',
      ar: 'من المؤهَّل',
    },
    iep: {
      text: {
        en: "Two conditions, both needed: (1) an evaluation finds one of IDEA's 13 disability categories, and (2) because of it, the student needs special education, not only a related service.",
        es: 'Hacen falta dos condiciones: (1) una evaluación determina que el estudiante tiene una de las 13 categorías de discapacidad de IDEA, y (2) por esa razón necesita educación especial, no solo un servicio relacionado.',
        vi: 'Cần cả hai điều kiện: (1) một cuộc đánh giá xác định trẻ thuộc một trong 13 loại khuyết tật của IDEA, và (2) vì khuyết tật đó, học sinh cần giáo dục đặc biệt, không chỉ một dịch vụ liên quan.',
        'zh-Hans':
          '两个条件缺一不可：（1）评估发现属于 IDEA 的 13 类残障之一；（2）因为这种残障，学生需要特殊教育，而不只是某项相关服务。',
        ar: 'شرطان لا بد منهما معًا: (1) أن يجد التقييم إحدى فئات الإعاقة الثلاث عشرة في IDEA، و(2) أن يحتاج الطالب بسببها إلى التعليم الخاص، لا إلى خدمة ذات صلة فقط.',
      },
      sources: [{ citation: '34 CFR 300.8(a)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'A physical or mental impairment that substantially limits one or more major life activities, such as learning, reading, concentrating, eating or breathing. It is judged without the help of medicine or other mitigating measures, and learning need not be the activity limited.',
        es: 'Un impedimento físico o mental que limita sustancialmente una o más actividades principales de la vida, como aprender, leer, concentrarse, comer o respirar. Se juzga sin tomar en cuenta el efecto de los medicamentos u otras medidas de mitigación, y no hace falta que la actividad limitada sea el aprendizaje.',
        vi: 'Một suy giảm về thể chất hoặc tinh thần làm hạn chế đáng kể một hoặc nhiều hoạt động sống chính, như học tập, đọc, tập trung, ăn uống hay hít thở. Việc này được xét khi không tính đến tác dụng của thuốc hay các biện pháp giảm nhẹ khác, và hoạt động bị hạn chế không nhất thiết phải là việc học.',
        'zh-Hans':
          '严重限制一项或多项主要生活活动（如学习、阅读、专注、进食或呼吸）的身体或心理损伤。判断时不考虑药物或其他缓解措施的作用，受限的活动也不一定是学习。',
        ar: 'اعتلال جسدي أو عقلي يحدّ بشكل كبير من نشاط حياتي رئيسي أو أكثر، مثل التعلّم أو القراءة أو التركيز أو الأكل أو التنفس. ويُحكم عليه دون أثر الدواء أو غيره من الوسائل المخففة، ولا يشترط أن يكون التعلّم هو النشاط المحدود.',
      },
      sources: [
        { citation: '34 CFR 104.3(j)(1)', status: 'confirmed' },
        { citation: '42 U.S.C. 12102(4)(E)', status: 'confirmed' },
      ],
    },
  },
  {
    id: 'evaluation',
    topic: { en: 'Evaluation', es: 'Evaluación', vi: 'Đánh giá', 'zh-Hans': '评估', ar: 'التقييم' },
    iep: {
      text: {
        en: "A full, individual evaluation before any services, asked for by the parent or the school; the school needs the parent's written consent first. {evaluationTimeLimit}.",
        es: 'Una evaluación completa e individual antes de cualquier servicio, que pueden pedir los padres o la escuela; la escuela necesita antes el consentimiento por escrito de los padres. {evaluationTimeLimit}.',
        vi: 'Một cuộc đánh giá toàn diện, riêng cho từng trẻ trước khi có bất kỳ dịch vụ nào, do phụ huynh hoặc nhà trường yêu cầu; nhà trường cần có sự đồng ý bằng văn bản của phụ huynh trước. {evaluationTimeLimit}.',
        'zh-Hans':
          '在提供任何服务之前，由家长或学校提出的一次全面、个别的评估；学校须先取得家长的书面同意。{evaluationTimeLimit}。',
        ar: 'تقييم شامل وفردي قبل أي خدمات، يطلبه ولي الأمر أو المدرسة؛ ويجب أن تحصل المدرسة أولًا على الموافقة الكتابية من ولي الأمر. {evaluationTimeLimit}.',
      },
      sources: [
        { citation: '34 CFR 300.301(b)', status: 'confirmed' },
        { citation: '34 CFR 300.300(a)', status: 'confirmed' },
      ],
    },
    section504: {
      text: {
        en: "An evaluation before the first placement and before any significant change in placement. The regulation sets no time limit; some states and districts borrow IDEA's.",
        es: 'Una evaluación antes de la primera colocación y antes de cualquier cambio importante de colocación. El reglamento no fija un plazo; algunos estados y distritos usan los de IDEA.',
        vi: 'Một cuộc đánh giá trước lần xếp lớp đầu tiên và trước bất kỳ thay đổi đáng kể nào về xếp lớp. Quy định không đặt thời hạn; một số tiểu bang và học khu áp dụng thời hạn của IDEA.',
        'zh-Hans':
          '在首次安置之前以及安置发生任何重大变更之前进行的评估。法规没有规定期限；有些州和学区借用 IDEA 的期限。',
        ar: 'تقييم قبل الإلحاق الأول وقبل أي تغيير كبير في الإلحاق. ولا تحدد اللائحة مهلة زمنية؛ وتستعير بعض الولايات والمناطق التعليمية مهلة IDEA.',
      },
      sources: [{ citation: '34 CFR 104.35(a)', status: 'confirmed-secondary' }],
    },
    stateNote: 'state-rules-missing',
  },
  {
    id: 'goals',
    topic: { en: 'Goals', es: 'Metas', vi: 'Mục tiêu', 'zh-Hans': '目标', ar: 'الأهداف' },
    iep: {
      text: {
        en: 'Measurable annual goals, academic and functional, for the needs that come from the disability.',
        es: 'Metas anuales medibles, académicas y funcionales, para las necesidades que surgen de la discapacidad.',
        vi: 'Các mục tiêu hằng năm đo lường được, về học tập và chức năng, cho những nhu cầu xuất phát từ khuyết tật.',
        'zh-Hans': '针对残障所带来的需要，制定可衡量的学业和功能年度目标。',
        ar: 'أهداف سنوية قابلة للقياس، أكاديمية ووظيفية، للاحتياجات الناشئة عن الإعاقة.',
      },
      sources: [{ citation: '34 CFR 300.320(a)(2)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'No goals are required. The plan lists the accommodations, aids and services the student needs.',
        es: 'No se exigen metas. El plan enumera las adaptaciones, los apoyos y los servicios que el estudiante necesita.',
        vi: 'Không bắt buộc có mục tiêu. Kế hoạch liệt kê các điều chỉnh hỗ trợ, phương tiện hỗ trợ và dịch vụ học sinh cần.',
        'zh-Hans': '不要求制定目标。计划列出学生需要的便利措施、辅助工具和服务。',
        ar: 'لا تُشترط أهداف. وتسرد الخطة الترتيبات التيسيرية والوسائل المساعدة والخدمات التي يحتاجها الطالب.',
      },
      sources: [{ citation: '34 CFR 104.33(b)(1)', status: 'confirmed' }],
    },
  },
  {
    id: 'progress',
    topic: {
      en: 'Progress monitoring',
      es: 'Seguimiento del progreso',
      vi: 'Theo dõi tiến bộ',
      'zh-Hans': '进展监测',
      ar: 'متابعة التقدم',
    },
    iep: {
      text: {
        en: 'The IEP says how progress on each goal will be measured and when the parents will get progress reports (for example, with report cards).',
        es: 'El IEP indica cómo se medirá el progreso en cada meta y cuándo recibirán los padres informes de progreso (por ejemplo, junto con las boletas de calificaciones).',
        vi: 'IEP ghi rõ tiến bộ của từng mục tiêu sẽ được đo như thế nào và khi nào phụ huynh nhận báo cáo tiến bộ (ví dụ, cùng với phiếu điểm).',
        'zh-Hans': 'IEP 写明每个目标的进展如何衡量，以及家长何时收到进展报告（例如随成绩单一起）。',
        ar: 'يبيّن برنامج IEP كيف سيُقاس التقدم في كل هدف ومتى يتلقى الوالدان تقارير التقدم (مثلًا مع بطاقات الدرجات).',
      },
      sources: [{ citation: '34 CFR 300.320(a)(3)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'No progress reports are required; the plan is looked at again through periodic reevaluation.',
        es: 'No se exigen informes de progreso; el plan se revisa mediante reevaluaciones periódicas.',
        vi: 'Không bắt buộc có báo cáo tiến bộ; kế hoạch được xem lại thông qua các lần tái đánh giá định kỳ.',
        'zh-Hans': '不要求进展报告；计划通过定期重新评估再次审视。',
        ar: 'لا تُشترط تقارير تقدم؛ وتُراجَع الخطة من خلال إعادة التقييم الدورية.',
      },
      sources: [{ citation: '34 CFR 104.35(d)', status: 'confirmed-secondary' }],
    },
  },
  {
    id: 'parents',
    topic: {
      en: 'Parent participation',
      es: 'Participación de los padres',
      vi: 'Sự tham gia của phụ huynh',
      'zh-Hans': '家长参与',
      ar: 'مشاركة ولي الأمر',
    },
    iep: {
      text: {
        en: 'Parents are required members of the IEP team. Meetings are scheduled early enough, at a time and place both sides agree on, and parents get a copy of the IEP.',
        es: 'Los padres son miembros obligatorios del equipo del IEP. Las reuniones se programan con suficiente anticipación, en una fecha y un lugar acordados, y los padres reciben una copia del IEP.',
        vi: 'Phụ huynh là thành viên bắt buộc của nhóm IEP. Các cuộc họp được lên lịch đủ sớm, vào thời gian và địa điểm hai bên đồng ý, và phụ huynh nhận một bản sao IEP.',
        'zh-Hans': '家长是 IEP 团队的法定成员。会议须提早安排，时间和地点由双方商定，家长会得到一份 IEP 副本。',
        ar: 'الوالدان عضوان أساسيان في فريق IEP. وتُحدَّد الاجتماعات مبكرًا بما يكفي، في وقت ومكان يتفق عليهما الطرفان، ويحصل الوالدان على نسخة من برنامج IEP.',
      },
      sources: [
        { citation: '34 CFR 300.321(a)', status: 'confirmed' },
        { citation: '34 CFR 300.322', status: 'confirmed' },
      ],
    },
    section504: {
      text: {
        en: 'The regulation does not make parents members of the group that decides. Parents must get notice and a chance to examine the relevant records.',
        es: 'El reglamento no hace a los padres miembros del grupo que decide. Los padres deben recibir una notificación y la oportunidad de examinar los expedientes pertinentes.',
        vi: 'Quy định không đưa phụ huynh vào nhóm ra quyết định. Phụ huynh phải được thông báo và có cơ hội xem xét các hồ sơ liên quan.',
        'zh-Hans': '法规没有把家长列为作决定的小组成员。家长必须得到通知，并有机会查阅相关记录。',
        ar: 'لا تجعل اللائحة الوالدين عضوين في المجموعة التي تتخذ القرار. ويجب أن يتلقى الوالدان إشعارًا وفرصة للاطلاع على السجلات ذات الصلة.',
      },
      sources: [{ citation: '34 CFR 104.36', status: 'confirmed' }],
    },
  },
  {
    id: 'consent',
    topic: { en: 'Consent', es: 'Consentimiento', vi: 'Sự đồng ý', 'zh-Hans': '同意', ar: 'الموافقة' },
    iep: {
      text: {
        en: 'Written, informed consent is needed before the first evaluation and before services first start. Consent can be withdrawn in writing.',
        es: 'Se necesita el consentimiento informado y por escrito de los padres antes de la primera evaluación y antes de que empiecen los servicios. El consentimiento se puede retirar por escrito.',
        vi: 'Cần có sự đồng ý bằng văn bản, sau khi được giải thích đầy đủ, trước lần đánh giá đầu tiên và trước khi dịch vụ bắt đầu lần đầu. Có thể rút lại sự đồng ý bằng văn bản.',
        'zh-Hans': '在首次评估之前和首次开始服务之前，须取得知情的书面同意。同意可以书面撤回。',
        ar: 'تلزم موافقة كتابية مستنيرة قبل التقييم الأول وقبل بدء الخدمات لأول مرة. ويمكن سحب الموافقة كتابةً.',
      },
      sources: [{ citation: '34 CFR 300.300(a), (b)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: "The regulation requires notice to parents before the district identifies, evaluates or places a student; it does not set out consent rules as detailed as IDEA's. Ask for the district's written 504 procedures.",
        es: 'El reglamento exige notificar a los padres antes de que el distrito identifique, evalúe o coloque a un estudiante; no establece reglas de consentimiento tan detalladas como las de IDEA. Pida al distrito sus procedimientos escritos de la Sección 504.',
        vi: 'Quy định yêu cầu thông báo cho phụ huynh trước khi học khu xác định, đánh giá hoặc xếp lớp học sinh; quy định không nêu các quy tắc về sự đồng ý chi tiết như IDEA. Hãy xin bản thủ tục 504 bằng văn bản của học khu.',
        'zh-Hans':
          '法规要求学区在认定、评估或安置学生之前通知家长；但它没有像 IDEA 那样详细规定同意的规则。请向学区索取书面的504程序。',
        ar: 'تشترط اللائحة إشعار الوالدين قبل أن تحدد المنطقة التعليمية الطالب أو تقيّمه أو تلحقه؛ ولا تضع قواعد للموافقة مفصّلة مثل قواعد IDEA. اطلب إجراءات 504 المكتوبة للمنطقة التعليمية.',
      },
      sources: [{ citation: '34 CFR 104.36', status: 'confirmed' }],
    },
  },
  {
    id: 'safeguards',
    topic: {
      en: 'Procedural safeguards',
      es: 'Garantías procesales',
      vi: 'Các biện pháp bảo vệ theo thủ tục',
      'zh-Hans': '程序保障',
      ar: 'الضمانات الإجرائية',
    },
    iep: {
      text: {
        en: 'Prior written notice whenever the school proposes or refuses a change; a procedural safeguards notice every year; an independent educational evaluation at public expense; access to records before meetings.',
        es: 'Notificación previa por escrito cada vez que la escuela propone o rechaza un cambio; un aviso de garantías procesales cada año; una evaluación educativa independiente a costo público; acceso a los expedientes antes de las reuniones.',
        vi: 'Thông báo trước bằng văn bản mỗi khi nhà trường đề xuất hoặc từ chối một thay đổi; thông báo về các biện pháp bảo vệ theo thủ tục mỗi năm; đánh giá giáo dục độc lập do công quỹ chi trả; được xem hồ sơ trước các cuộc họp.',
        'zh-Hans':
          '学校每次提议或拒绝某项变更时发出事先书面通知；每年提供程序保障通知；以公费进行独立教育评估；会议前可以查阅记录。',
        ar: 'إشعار كتابي مسبق كلما اقترحت المدرسة تغييرًا أو رفضته؛ وإشعار بالضمانات الإجرائية كل عام؛ وتقييم تعليمي مستقل على النفقة العامة؛ والاطلاع على السجلات قبل الاجتماعات.',
      },
      sources: [
        { citation: '34 CFR 300.503(a)', status: 'confirmed' },
        { citation: '34 CFR 300.504(a)', status: 'confirmed' },
        { citation: '34 CFR 300.502(b)', status: 'confirmed' },
        // Records access is confirmed only through verbatim state adoptions (docs/law-coverage.md).
        { citation: '34 CFR 300.613(a)', status: 'confirmed-secondary' },
      ],
    },
    section504: {
      text: {
        en: 'Notice, a chance to examine relevant records, an impartial hearing in which parents take part and may have a lawyer, and a review procedure.',
        es: 'Notificación, la oportunidad de examinar los expedientes pertinentes, una audiencia imparcial en la que participan los padres y pueden tener abogado, y un procedimiento de revisión.',
        vi: 'Thông báo, cơ hội xem xét các hồ sơ liên quan, một phiên điều trần khách quan mà phụ huynh tham gia và có thể có luật sư, và một thủ tục xem xét lại.',
        'zh-Hans': '通知、查阅相关记录的机会、家长可参加并可请律师的公正听证，以及复审程序。',
        ar: 'إشعار، وفرصة للاطلاع على السجلات ذات الصلة، وجلسة استماع محايدة يشارك فيها الوالدان ويمكن أن يستعينا فيها بمحامٍ، وإجراء للمراجعة.',
      },
      sources: [{ citation: '34 CFR 104.36', status: 'confirmed' }],
    },
  },
  {
    id: 'reevaluation',
    topic: { en: 'Reevaluation', es: 'Reevaluación', vi: 'Tái đánh giá', 'zh-Hans': '重新评估', ar: 'إعادة التقييم' },
    iep: {
      text: {
        en: 'At least every 3 years unless parents and school agree it is not needed, and not more than once a year unless both agree. Parents can ask for one at any time.',
        es: 'Al menos cada 3 años, salvo que los padres y la escuela acuerden que no hace falta, y no más de una vez al año salvo que ambos lo acuerden. Los padres pueden pedirla en cualquier momento.',
        vi: 'Ít nhất 3 năm một lần, trừ khi phụ huynh và nhà trường đồng ý là không cần, và không quá một lần mỗi năm trừ khi cả hai đồng ý. Phụ huynh có thể yêu cầu tái đánh giá bất cứ lúc nào.',
        'zh-Hans': '至少每 3 年一次，除非家长和学校都同意不需要；除非双方同意，每年不超过一次。家长随时可以提出要求。',
        ar: 'مرة كل 3 سنوات على الأقل ما لم يتفق الوالدان والمدرسة على عدم الحاجة إليها، ولا أكثر من مرة في السنة ما لم يتفق الطرفان. ويمكن للوالدين طلبها في أي وقت.',
      },
      sources: [{ citation: '34 CFR 300.303', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'Periodically (the regulation sets no fixed interval) and before any significant change in placement.',
        es: 'Periódicamente (el reglamento no fija un intervalo) y antes de cualquier cambio importante de colocación.',
        vi: 'Định kỳ (quy định không đặt khoảng thời gian cố định) và trước bất kỳ thay đổi đáng kể nào về xếp lớp.',
        'zh-Hans': '定期进行（法规没有规定固定间隔），并在安置发生任何重大变更之前进行。',
        ar: 'بشكل دوري (لا تحدد اللائحة فاصلًا زمنيًا ثابتًا) وقبل أي تغيير كبير في الإلحاق.',
      },
      sources: [{ citation: '34 CFR 104.35(d)', status: 'confirmed-secondary' }],
    },
  },
  {
    id: 'transition',
    topic: {
      en: 'Planning for adult life',
      es: 'Planificación para la vida adulta',
      vi: 'Chuẩn bị cho cuộc sống trưởng thành',
      'zh-Hans': '为成年生活做规划',
      ar: 'التخطيط لحياة البلوغ',
    },
    iep: {
      text: {
        en: 'From the first IEP in effect when the student turns {transitionAge}, the IEP includes measurable postsecondary goals and transition services. At least one year before age {majorityAge}, it must say which rights will pass to the student.',
        es: 'Desde el primer IEP vigente cuando el estudiante cumple {transitionAge}, el IEP incluye metas medibles para después de la secundaria y servicios de transición. Al menos un año antes de que cumpla {majorityAge}, debe indicar qué derechos pasarán al estudiante.',
        vi: 'Từ IEP đầu tiên có hiệu lực khi học sinh tròn {transitionAge}, IEP bao gồm các mục tiêu sau trung học đo lường được và dịch vụ chuyển tiếp. Ít nhất một năm trước khi học sinh đủ {majorityAge}, IEP phải ghi rõ những quyền nào sẽ chuyển sang học sinh.',
        'zh-Hans':
          '从学生年满 {transitionAge}时生效的第一份 IEP 起，IEP 须包含可衡量的高中后目标和过渡服务。至少在学生年满 {majorityAge}前一年，IEP 必须写明哪些权利将转移给学生本人。',
        ar: 'ابتداءً من أول برنامج IEP يسري عند بلوغ الطالب سن {transitionAge}، يتضمن البرنامج أهدافًا قابلة للقياس لما بعد المرحلة الثانوية وخدمات انتقال. وقبل سن {majorityAge} بسنة على الأقل، يجب أن يذكر البرنامج الحقوق التي ستنتقل إلى الطالب.',
      },
      sources: [{ citation: '34 CFR 300.320(b), (c)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: "The regulation requires no transition plan; needs for life after school can be met through the plan's accommodations and services.",
        es: 'El reglamento no exige un plan de transición; las necesidades para la vida después de la escuela pueden atenderse con las adaptaciones y los servicios del plan.',
        vi: 'Quy định không yêu cầu kế hoạch chuyển tiếp; các nhu cầu cho cuộc sống sau khi rời trường có thể được đáp ứng qua các điều chỉnh hỗ trợ và dịch vụ của kế hoạch.',
        'zh-Hans': '法规不要求过渡计划；离校后生活的需要可以通过计划中的便利措施和服务来满足。',
        ar: 'لا تشترط اللائحة خطة انتقال؛ ويمكن تلبية احتياجات الحياة بعد المدرسة من خلال الترتيبات التيسيرية والخدمات في الخطة.',
      },
      sources: [{ citation: '34 CFR Part 104', status: 'confirmed-secondary' }],
    },
  },
  {
    id: 'disputes',
    topic: {
      en: 'Disputes and time limits',
      es: 'Desacuerdos y plazos',
      vi: 'Tranh chấp và thời hạn',
      'zh-Hans': '争议和期限',
      ar: 'النزاعات والمهل الزمنية',
    },
    iep: {
      text: {
        en: 'Mediation at any time; a complaint to the state about a violation within the past year; a due process hearing, asked for within {dueProcessYears} of when the parent knew or should have known of the problem.',
        es: 'Mediación en cualquier momento; una queja ante el estado por una infracción ocurrida en el último año; una audiencia de debido proceso, solicitada dentro de {dueProcessYears} desde que los padres supieron, o debieron saber, del problema.',
        vi: 'Hòa giải bất cứ lúc nào; khiếu nại cấp tiểu bang về một vi phạm trong năm vừa qua; phiên điều trần theo thủ tục tố tụng, phải yêu cầu trong vòng {dueProcessYears} kể từ khi phụ huynh biết hoặc lẽ ra phải biết về vấn đề.',
        'zh-Hans':
          '随时可以调解；就过去一年内的违规向州提出投诉；正当程序听证，须在家长知道或应当知道问题之日起 {dueProcessYears} 内提出。',
        ar: 'الوساطة في أي وقت؛ وشكوى إلى الولاية بشأن مخالفة حدثت خلال العام الماضي؛ وجلسة استماع وفق الإجراءات القانونية الواجبة، تُطلب خلال {dueProcessYears} من الوقت الذي علم فيه ولي الأمر بالمشكلة أو كان ينبغي أن يعلم بها.',
      },
      sources: [
        { citation: '34 CFR 300.506', status: 'confirmed' },
        { citation: '34 CFR 300.153(c)', status: 'confirmed' },
      ],
    },
    section504: {
      text: {
        en: "The district's grievance procedure, an impartial hearing, or a complaint to the Office for Civil Rights (OCR), generally within 180 calendar days of the discrimination.",
        es: 'El procedimiento de quejas del distrito, una audiencia imparcial o una queja ante la Oficina de Derechos Civiles (OCR), por lo general dentro de los 180 días calendario siguientes a la discriminación.',
        vi: 'Thủ tục khiếu nại của học khu, một phiên điều trần khách quan, hoặc khiếu nại lên Văn phòng Dân quyền (OCR), thường trong vòng 180 ngày lịch kể từ khi xảy ra phân biệt đối xử.',
        'zh-Hans': '学区的申诉程序、公正听证，或向民权办公室（OCR）投诉，通常须在歧视发生后 180 个日历日内提出。',
        ar: 'إجراء التظلم في المنطقة التعليمية، أو جلسة استماع محايدة، أو شكوى إلى مكتب الحقوق المدنية (OCR)، عادةً خلال 180 يومًا تقويميًا من وقوع التمييز.',
      },
      sources: [
        { citation: '34 CFR 104.7(b)', status: 'confirmed-secondary' },
        { citation: '34 CFR 104.36', status: 'confirmed' },
        { citation: 'OCR complaint procedures (180 days): 34 CFR 100.7(b), applied by 104.61', status: 'confirmed' },
      ],
    },
  },
  {
    id: 'both-plans',
    topic: { en: 'Having both', es: 'Tener ambos', vi: 'Có cả hai', 'zh-Hans': '两者兼有', ar: 'الجمع بين الاثنين' },
    iep: {
      text: {
        en: 'A student with an IEP is still protected by Section 504; carrying out the IEP is one way the school meets its 504 duties.',
        es: 'Un estudiante con IEP sigue protegido por la Sección 504; cumplir el IEP es una de las formas en que la escuela cumple sus obligaciones de la 504.',
        vi: 'Học sinh có IEP vẫn được Điều 504 bảo vệ; thực hiện IEP là một cách nhà trường làm tròn nghĩa vụ theo Điều 504.',
        'zh-Hans': '有 IEP 的学生仍受第504条保护；执行 IEP 是学校履行504义务的一种方式。',
        ar: 'يظل الطالب الذي لديه برنامج IEP محميًا بالمادة 504؛ وتنفيذ برنامج IEP هو إحدى الطرق التي تفي بها المدرسة بواجباتها بموجب المادة 504.',
      },
      sources: [{ citation: '34 CFR 104.33(b)(2)', status: 'confirmed' }],
    },
    section504: {
      text: {
        en: 'Federal law does not forbid both, but a separate 504 plan next to an IEP is unusual (for example, for a temporary injury); accommodations usually go in the IEP.',
        es: 'La ley federal no prohíbe tener ambos, pero un plan 504 aparte junto a un IEP es poco común (por ejemplo, por una lesión temporal); las adaptaciones suelen incluirse en el IEP.',
        vi: 'Luật liên bang không cấm có cả hai, nhưng một kế hoạch 504 riêng bên cạnh IEP là điều hiếm gặp (ví dụ, khi bị chấn thương tạm thời); các điều chỉnh hỗ trợ thường được ghi trong IEP.',
        'zh-Hans':
          '联邦法律并不禁止两者兼有，但在 IEP 之外另有一份504计划并不常见（例如因暂时受伤）；便利措施通常写在 IEP 里。',
        ar: 'لا يمنع القانون الفيدرالي الجمع بينهما، لكن وجود خطة 504 منفصلة بجانب برنامج IEP أمر غير معتاد (مثلًا في حالة إصابة مؤقتة)؛ وعادةً تُدرج الترتيبات التيسيرية في برنامج IEP.',
      },
      // The "unusual, not forbidden" reading is practice guidance (docs/legal-sources.md, "State law"), hence the weaker status.
      sources: [{ citation: '34 CFR 104.33(b)(2)', status: 'confirmed-secondary' }],
    },
    stateNote: 'one-plan-position',
  },
];
