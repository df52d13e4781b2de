import type { LocalizedText } from '../law/rule-status';

/**
 * The words and abbreviations families meet in special education, explained in plain language, in every reading
 * language (the seed terms of issue 22 for Vietnamese, Chinese and Arabic). The web app's glossary page lists them, and `GlossaryTerm` links a term where it appears.
 */
export interface GlossaryEntry {
  /** Stable id, used as the page anchor (`/glossary#lre`). */
  readonly id: string;
  /** The term as it is written in each language (most abbreviations stay in English in Spanish-speaking schools). */
  readonly term: LocalizedText;
  /** What the abbreviation stands for, or the term's full name. */
  readonly expansion: LocalizedText;
  /** One or two plain sentences a parent can act on. */
  readonly explanation: LocalizedText;
  /** Where the law defines it, when somewhere does. */
  readonly citation?: string;
}

const same = (term: string): LocalizedText => ({ en: term, es: term, vi: term, 'zh-Hans': term, ar: term });

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: '504',
    term: { en: '504 plan', es: 'plan 504', vi: 'kế hoạch 504', 'zh-Hans': '504计划', ar: 'خطة 504' },
    expansion: {
      en: 'Section 504 of the Rehabilitation Act',
      es: 'Sección 504 de la Ley de Rehabilitación',
      vi: 'Điều 504 của Đạo luật Phục hồi chức năng',
      'zh-Hans': '《康复法》第504条',
      ar: 'المادة 504 من قانون إعادة التأهيل',
    },
    explanation: {
      en: 'A written plan of accommodations for a child whose disability limits a major life activity such as learning or concentrating. It changes how the child learns and is tested, not what they learn.',
      es: 'Un plan escrito de adaptaciones para un niño cuya discapacidad limita una actividad principal de la vida, como aprender o concentrarse. Cambia cómo aprende y cómo se le evalúa, no lo que aprende.',
      vi: 'Một kế hoạch bằng văn bản gồm các điều chỉnh hỗ trợ cho một trẻ có khuyết tật làm hạn chế một hoạt động sống chính, như học tập hay tập trung. Kế hoạch thay đổi cách trẻ học và được kiểm tra, không thay đổi những gì trẻ học.',
      'zh-Hans':
        '为残障限制了学习、专注等主要生活活动的孩子制定的书面便利措施计划。它改变的是孩子学习和考试的方式，而不是学习的内容。',
      ar: 'خطة مكتوبة من الترتيبات التيسيرية لطفل تحدّ إعاقته من نشاط حياتي رئيسي مثل التعلّم أو التركيز. وهي تغيّر طريقة تعلّم الطفل واختباره، لا ما يتعلّمه.',
    },
    citation: '34 CFR 104.33',
  },
  {
    id: 'ard',
    term: same('ARD'),
    expansion: {
      en: 'Admission, Review and Dismissal committee',
      es: 'Comité de Admisión, Revisión y Retiro',
      vi: 'Ủy ban Tiếp nhận, Xem xét và Kết thúc (ARD)',
      'zh-Hans': '入学、审查与退出委员会（ARD）',
      ar: 'لجنة القبول والمراجعة والإنهاء (ARD)',
    },
    explanation: {
      en: 'Texas’s name for the IEP team and its meeting. The parent is a member of it.',
      es: 'El nombre que Texas da al equipo del IEP y a su reunión. Usted, como padre o madre, es miembro del comité.',
      vi: 'Tên gọi của Texas cho nhóm IEP và cuộc họp của nhóm. Phụ huynh là một thành viên của nhóm.',
      'zh-Hans': '得克萨斯州对 IEP 团队及其会议的称呼。家长是其中的成员。',
      ar: 'الاسم الذي تطلقه ولاية تكساس على فريق IEP واجتماعه. وولي الأمر عضو فيه.',
    },
    citation: '19 TAC 89.1050',
  },
  {
    id: 'bip',
    term: same('BIP'),
    expansion: {
      en: 'Behavior Intervention Plan',
      es: 'Plan de Intervención de Conducta',
      vi: 'Kế hoạch Can thiệp Hành vi',
      'zh-Hans': '行为干预计划',
      ar: 'خطة التدخل السلوكي',
    },
    explanation: {
      en: 'A plan that teaches and supports the behavior the school wants to see, built on what the FBA found.',
      es: 'Un plan que enseña y apoya la conducta que la escuela espera, basado en lo que encontró la FBA.',
      vi: 'Một kế hoạch dạy và hỗ trợ hành vi mà nhà trường mong muốn, dựa trên những gì FBA tìm ra.',
      'zh-Hans': '根据 FBA 的发现制定的计划，用来教导并支持学校希望看到的行为。',
      ar: 'خطة تعلّم السلوك الذي تريده المدرسة وتدعمه، مبنية على ما توصّل إليه تقييم FBA.',
    },
    citation: '34 CFR 300.530(f)',
  },
  {
    id: 'esy',
    term: same('ESY'),
    expansion: {
      en: 'Extended School Year services',
      es: 'Servicios de año escolar extendido',
      vi: 'Dịch vụ Năm học Kéo dài',
      'zh-Hans': '延长学年服务',
      ar: 'خدمات السنة الدراسية الممتدة',
    },
    explanation: {
      en: 'Special education during the summer or other breaks, when the IEP team decides the child needs it to keep their progress.',
      es: 'Educación especial durante el verano u otras vacaciones, cuando el equipo del IEP decide que el niño la necesita para no perder lo que avanzó.',
      vi: 'Giáo dục đặc biệt trong mùa hè hoặc các kỳ nghỉ khác, khi nhóm IEP quyết định trẻ cần để giữ được sự tiến bộ.',
      'zh-Hans': '在暑假或其他假期提供的特殊教育，由 IEP 团队决定孩子是否需要，以保住已取得的进展。',
      ar: 'تعليم خاص خلال الصيف أو العطلات الأخرى، عندما يقرر فريق IEP أن الطفل يحتاجه للحفاظ على تقدمه.',
    },
    citation: '34 CFR 300.106',
  },
  {
    id: 'fape',
    term: same('FAPE'),
    expansion: {
      en: 'Free Appropriate Public Education',
      es: 'Educación pública gratuita y apropiada',
      vi: 'Giáo dục công lập miễn phí và thích hợp',
      'zh-Hans': '免费适当公立教育',
      ar: 'التعليم العام المجاني المناسب',
    },
    explanation: {
      en: 'What every child with a disability is owed: special education and services, at no cost to the family, that let the child make progress.',
      es: 'Lo que se le debe a todo niño con discapacidad: educación especial y servicios, sin costo para la familia, que le permitan progresar.',
      vi: 'Điều mà mọi trẻ khuyết tật đều được hưởng: giáo dục đặc biệt và các dịch vụ, gia đình không phải trả tiền, giúp trẻ tiến bộ.',
      'zh-Hans': '每个残障孩子都应得到的：家庭无需付费、能让孩子取得进展的特殊教育和服务。',
      ar: 'ما يستحقه كل طفل ذي إعاقة: تعليم خاص وخدمات، دون أي تكلفة على الأسرة، تمكّن الطفل من التقدم.',
    },
    citation: '34 CFR 300.17',
  },
  {
    id: 'fba',
    term: same('FBA'),
    expansion: {
      en: 'Functional Behavioral Assessment',
      es: 'Evaluación funcional de la conducta',
      vi: 'Đánh giá Hành vi Chức năng',
      'zh-Hans': '功能性行为评估',
      ar: 'التقييم الوظيفي للسلوك',
    },
    explanation: {
      en: 'A study of when, where and why a behavior happens, so the team can plan what helps.',
      es: 'Un estudio de cuándo, dónde y por qué ocurre una conducta, para que el equipo planifique qué ayuda.',
      vi: 'Một cuộc tìm hiểu xem hành vi xảy ra khi nào, ở đâu và vì sao, để nhóm có thể lên kế hoạch những gì giúp ích.',
      'zh-Hans': '研究某种行为在何时、何地、为何发生，以便团队规划有帮助的做法。',
      ar: 'دراسة لمتى يحدث السلوك وأين ولماذا، حتى يتمكن الفريق من التخطيط لما يساعد.',
    },
    citation: '34 CFR 300.530(d)(1)(ii)',
  },
  {
    id: 'ferpa',
    term: same('FERPA'),
    expansion: {
      en: 'Family Educational Rights and Privacy Act',
      es: 'Ley de Derechos Educativos y Privacidad de la Familia',
      vi: 'Đạo luật về Quyền Giáo dục và Quyền Riêng tư của Gia đình',
      'zh-Hans': '《家庭教育权利和隐私法》',
      ar: 'قانون الحقوق التعليمية والخصوصية للأسرة',
    },
    explanation: {
      en: 'The federal law that lets parents see their child’s school records and limits who else may see them.',
      es: 'La ley federal que le permite ver los expedientes escolares de su hijo y limita quién más puede verlos.',
      vi: 'Luật liên bang cho phép phụ huynh xem hồ sơ học tập của con và giới hạn những người khác được xem.',
      'zh-Hans': '这部联邦法律允许家长查看孩子的学校记录，并限制其他人查看。',
      ar: 'القانون الفيدرالي الذي يتيح لأولياء الأمور الاطلاع على السجلات المدرسية لأطفالهم ويحدّ من غيرهم ممن يمكنهم الاطلاع عليها.',
    },
    citation: '34 CFR 99.10',
  },
  {
    id: 'idea',
    term: same('IDEA'),
    expansion: {
      en: 'Individuals with Disabilities Education Act',
      es: 'Ley de Educación para Personas con Discapacidades',
      vi: 'Đạo luật Giáo dục Người Khuyết tật',
      'zh-Hans': '《残疾人教育法》',
      ar: 'قانون تعليم الأفراد ذوي الإعاقة',
    },
    explanation: {
      en: 'The federal special education law: evaluations, IEPs, and the parent’s rights along the way.',
      es: 'La ley federal de educación especial: las evaluaciones, el IEP y los derechos de los padres en todo el proceso.',
      vi: 'Luật liên bang về giáo dục đặc biệt: đánh giá, IEP và các quyền của phụ huynh trong suốt quá trình.',
      'zh-Hans': '联邦特殊教育法：评估、IEP，以及家长在整个过程中的权利。',
      ar: 'القانون الفيدرالي للتعليم الخاص: التقييمات، وبرامج IEP، وحقوق ولي الأمر في كل مرحلة.',
    },
    citation: '20 U.S.C. 1400',
  },
  {
    id: 'iee',
    term: same('IEE'),
    expansion: {
      en: 'Independent Educational Evaluation',
      es: 'Evaluación educativa independiente',
      vi: 'Đánh giá giáo dục độc lập',
      'zh-Hans': '独立教育评估',
      ar: 'التقييم التعليمي المستقل',
    },
    explanation: {
      en: 'An evaluation by someone outside the school. If you disagree with the school’s evaluation you can ask for one at public expense.',
      es: 'Una evaluación hecha por alguien ajeno a la escuela. Si no está de acuerdo con la evaluación de la escuela, puede pedir una pagada con fondos públicos.',
      vi: 'Một cuộc đánh giá do người ngoài trường thực hiện. Nếu quý vị không đồng ý với đánh giá của trường, quý vị có thể yêu cầu một cuộc đánh giá như vậy do công quỹ chi trả.',
      'zh-Hans': '由学校以外的人进行的评估。如果您不同意学校的评估，可以要求以公费进行独立评估。',
      ar: 'تقييم يجريه شخص من خارج المدرسة. إذا كنت لا توافق على تقييم المدرسة، يمكنك طلب تقييم مستقل على النفقة العامة.',
    },
    citation: '34 CFR 300.502',
  },
  {
    id: 'iep',
    term: same('IEP'),
    expansion: {
      en: 'Individualized Education Program',
      es: 'Programa de Educación Individualizado',
      vi: 'Chương trình Giáo dục Cá nhân hóa',
      'zh-Hans': '个别化教育计划',
      ar: 'برنامج التعليم الفردي',
    },
    explanation: {
      en: 'The written plan of special education for a child who qualifies under IDEA: present levels, yearly goals, services and where they happen. It is reviewed at least once a year.',
      es: 'El plan escrito de educación especial para un niño que reúne los requisitos de IDEA: nivel actual, metas anuales, servicios y dónde se dan. Se revisa al menos una vez al año.',
      vi: 'Kế hoạch giáo dục đặc biệt bằng văn bản cho trẻ đủ điều kiện theo IDEA: mức độ hiện tại, mục tiêu hằng năm, các dịch vụ và nơi cung cấp. Kế hoạch được xem xét lại ít nhất mỗi năm một lần.',
      'zh-Hans': '为符合 IDEA 资格的孩子制定的书面特殊教育计划：目前水平、年度目标、服务及提供地点。每年至少复审一次。',
      ar: 'الخطة المكتوبة للتعليم الخاص لطفل مؤهل بموجب IDEA: المستويات الحالية، والأهداف السنوية، والخدمات وأماكن تقديمها. وتُراجَع مرة واحدة على الأقل كل عام.',
    },
    citation: '34 CFR 300.320',
  },
  {
    id: 'lre',
    term: same('LRE'),
    expansion: {
      en: 'Least Restrictive Environment',
      es: 'Ambiente menos restrictivo',
      vi: 'Môi trường ít hạn chế nhất',
      'zh-Hans': '最少限制环境',
      ar: 'البيئة الأقل تقييدًا',
    },
    explanation: {
      en: 'Children with disabilities learn alongside children without disabilities as much as possible; leaving the general classroom needs a reason.',
      es: 'Los niños con discapacidad aprenden junto a los demás tanto como sea posible; salir del aula general necesita una razón.',
      vi: 'Trẻ khuyết tật học cùng với trẻ không khuyết tật nhiều nhất có thể; việc rời lớp học phổ thông cần có lý do.',
      'zh-Hans': '残障孩子应尽可能与非残障孩子一起学习；离开普通班级需要有理由。',
      ar: 'يتعلّم الأطفال ذوو الإعاقة مع الأطفال غير ذوي الإعاقة قدر الإمكان؛ ويحتاج إخراج الطفل من الفصل العام إلى سبب.',
    },
    citation: '34 CFR 300.114',
  },
  {
    id: 'ocr',
    term: same('OCR'),
    expansion: {
      en: 'Office for Civil Rights',
      es: 'Oficina de Derechos Civiles',
      vi: 'Văn phòng Dân quyền',
      'zh-Hans': '民权办公室',
      ar: 'مكتب الحقوق المدنية',
    },
    explanation: {
      en: 'The U.S. Department of Education office that takes complaints of disability discrimination, including about 504 plans. Complaints are usually due within 180 days.',
      es: 'La oficina del Departamento de Educación de EE. UU. que recibe quejas por discriminación por discapacidad, también sobre planes 504. La queja suele presentarse dentro de 180 días.',
      vi: 'Văn phòng của Bộ Giáo dục Hoa Kỳ nhận khiếu nại về phân biệt đối xử do khuyết tật, kể cả về kế hoạch 504. Thường phải nộp khiếu nại trong vòng 180 ngày.',
      'zh-Hans': '美国教育部下属、受理残障歧视投诉（包括有关504计划的投诉）的办公室。投诉通常须在 180 天内提出。',
      ar: 'مكتب وزارة التعليم الأمريكية الذي يتلقى شكاوى التمييز بسبب الإعاقة، بما في ذلك ما يتعلق بخطط 504. وعادةً يجب تقديم الشكوى خلال 180 يومًا.',
    },
    citation: '34 CFR 104.61',
  },
  {
    id: 'plaafp',
    term: same('PLAAFP'),
    expansion: {
      en: 'Present Levels of Academic Achievement and Functional Performance',
      es: 'Nivel actual de desempeño académico y funcional',
      vi: 'Mức độ Hiện tại về Thành tích Học tập và Khả năng Chức năng',
      'zh-Hans': '学业成就和功能表现的目前水平',
      ar: 'المستويات الحالية للتحصيل الأكاديمي والأداء الوظيفي',
    },
    explanation: {
      en: 'The part of the IEP that says where the child is today and how the disability affects school. Every goal should start from it.',
      es: 'La parte del IEP que dice dónde está el niño hoy y cómo la discapacidad afecta su aprendizaje. Toda meta debería partir de ella.',
      vi: 'Phần của IEP cho biết trẻ hiện đang ở đâu và khuyết tật ảnh hưởng đến việc học ra sao. Mọi mục tiêu nên bắt đầu từ phần này.',
      'zh-Hans': 'IEP 中说明孩子目前状况以及残障如何影响学校学习的部分。每个目标都应以此为起点。',
      ar: 'جزء برنامج IEP الذي يبيّن أين يقف الطفل اليوم وكيف تؤثر الإعاقة على دراسته. ويجب أن ينطلق كل هدف منه.',
    },
    citation: '34 CFR 300.320(a)(1)',
  },
  {
    id: 'pwn',
    term: same('PWN'),
    expansion: {
      en: 'Prior Written Notice',
      es: 'Aviso previo por escrito',
      vi: 'Thông báo trước bằng văn bản',
      'zh-Hans': '事先书面通知',
      ar: 'الإشعار الكتابي المسبق',
    },
    explanation: {
      en: 'A letter the school must send before it starts or refuses something about the child’s evaluation, placement or services, saying what and why.',
      es: 'Una carta que la escuela debe enviar antes de iniciar o negar algo sobre la evaluación, la ubicación o los servicios del niño, diciendo qué y por qué.',
      vi: 'Một lá thư nhà trường phải gửi trước khi bắt đầu hoặc từ chối một việc liên quan đến đánh giá, xếp lớp hoặc dịch vụ của trẻ, nói rõ việc gì và vì sao.',
      'zh-Hans': '学校在开始或拒绝与孩子的评估、安置或服务有关的事项之前必须寄出的信，说明是什么事以及原因。',
      ar: 'رسالة يجب أن ترسلها المدرسة قبل أن تبدأ أو ترفض أمرًا يخص تقييم الطفل أو إلحاقه أو خدماته، تبيّن فيها ما هو الأمر ولماذا.',
    },
    citation: '34 CFR 300.503',
  },
  {
    id: 'related-services',
    term: {
      en: 'related services',
      es: 'servicios relacionados',
      vi: 'dịch vụ liên quan',
      'zh-Hans': '相关服务',
      ar: 'الخدمات ذات الصلة',
    },
    expansion: {
      en: 'Related services',
      es: 'Servicios relacionados',
      vi: 'Dịch vụ liên quan',
      'zh-Hans': '相关服务',
      ar: 'الخدمات ذات الصلة',
    },
    explanation: {
      en: 'Help a child needs to benefit from special education, such as speech therapy, counseling or transportation.',
      es: 'Apoyos que el niño necesita para aprovechar la educación especial, como terapia del habla, consejería o transporte.',
      vi: 'Sự hỗ trợ trẻ cần để hưởng lợi từ giáo dục đặc biệt, như trị liệu ngôn ngữ, tư vấn hoặc đưa đón.',
      'zh-Hans': '孩子从特殊教育中受益所需的帮助，例如言语治疗、心理辅导或交通接送。',
      ar: 'المساعدة التي يحتاجها الطفل ليستفيد من التعليم الخاص، مثل علاج النطق أو الإرشاد أو النقل.',
    },
    citation: '34 CFR 300.34',
  },
  {
    id: 'safeguards',
    term: {
      en: 'procedural safeguards',
      es: 'garantías procesales',
      vi: 'các biện pháp bảo vệ theo thủ tục',
      'zh-Hans': '程序保障',
      ar: 'الضمانات الإجرائية',
    },
    expansion: {
      en: 'Procedural safeguards notice',
      es: 'Aviso de garantías procesales',
      vi: 'Thông báo về các biện pháp bảo vệ theo thủ tục',
      'zh-Hans': '程序保障通知',
      ar: 'إشعار الضمانات الإجرائية',
    },
    explanation: {
      en: 'The written explanation of your rights the school must give you once a year and at key moments.',
      es: 'La explicación escrita de sus derechos que la escuela debe darle una vez al año y en momentos clave.',
      vi: 'Bản giải thích bằng văn bản về các quyền của quý vị mà nhà trường phải đưa cho quý vị mỗi năm một lần và vào những thời điểm quan trọng.',
      'zh-Hans': '学校每年以及在关键时刻必须交给您的、说明您各项权利的书面文件。',
      ar: 'الشرح المكتوب لحقوقك الذي يجب أن تعطيك إياه المدرسة مرة كل عام وفي اللحظات المهمة.',
    },
    citation: '34 CFR 300.504',
  },
  {
    id: 'sdi',
    term: same('SDI'),
    expansion: {
      en: 'Specially Designed Instruction',
      es: 'Instrucción especialmente diseñada',
      vi: 'Giảng dạy được thiết kế đặc biệt',
      'zh-Hans': '特别设计的教学',
      ar: 'التدريس المصمم خصيصًا',
    },
    explanation: {
      en: 'Teaching adapted in content, method or delivery to the child’s needs: the heart of special education.',
      es: 'Enseñanza adaptada en contenido, método o forma a las necesidades del niño: el centro de la educación especial.',
      vi: 'Việc giảng dạy được điều chỉnh về nội dung, phương pháp hoặc cách thực hiện cho phù hợp với nhu cầu của trẻ: cốt lõi của giáo dục đặc biệt.',
      'zh-Hans': '在内容、方法或实施方式上按孩子需要调整的教学：这是特殊教育的核心。',
      ar: 'تدريس مُكيَّف في محتواه أو أسلوبه أو طريقة تقديمه وفق احتياجات الطفل: جوهر التعليم الخاص.',
    },
    citation: '34 CFR 300.39(b)(3)',
  },
  {
    id: 'transition',
    term: {
      en: 'transition plan',
      es: 'plan de transición',
      vi: 'kế hoạch chuyển tiếp',
      'zh-Hans': '过渡计划',
      ar: 'خطة الانتقال',
    },
    expansion: {
      en: 'Postsecondary transition plan',
      es: 'Plan de transición posterior a la secundaria',
      vi: 'Kế hoạch chuyển tiếp sau trung học',
      'zh-Hans': '高中后过渡计划',
      ar: 'خطة الانتقال لما بعد المرحلة الثانوية',
    },
    explanation: {
      en: 'Goals and services in the IEP for life after high school, from age 16 at the latest (earlier in some states).',
      es: 'Metas y servicios del IEP para la vida después de la secundaria, a más tardar desde los 16 años (antes en algunos estados).',
      vi: 'Các mục tiêu và dịch vụ trong IEP cho cuộc sống sau trung học, chậm nhất từ 16 tuổi (sớm hơn ở một số tiểu bang).',
      'zh-Hans': 'IEP 中为高中毕业后生活制定的目标和服务，最迟从 16 岁开始（有些州更早）。',
      ar: 'أهداف وخدمات في برنامج IEP للحياة بعد المرحلة الثانوية، ابتداءً من سن 16 على الأكثر (وأبكر في بعض الولايات).',
    },
    citation: '34 CFR 300.320(b)',
  },
];

/** The entry for an id, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}
