import type { Cited, LocalizedText } from '../law/rule-status';
import type { GuideCondition, GuideLeaning } from './guide-condition';

/** A signal in the answers that points toward one framework (docs/legal-sources.md, "The IEP-or-504 guide"). */
export interface GuideSignal extends Cited {
  readonly id: string;
  /** `iep`: a sign of needing specially designed instruction; `504`: a sign that access is the need. */
  readonly pointsTo: 'iep' | '504';
  /** 2 for a sign that on its own is strong, 1 for one that only adds weight. */
  readonly weight: 1 | 2;
  readonly when: GuideCondition;
  readonly text: LocalizedText;
}

/** Help was tried at all (anything but "nothing yet"). */
export const SUPPORTS_WERE_TRIED: GuideCondition = {
  answer: 'supportsTried',
  in: ['classroom-accommodations', '504-plan', 'intervention', 'behavior-plan', 'outside-help'],
};

/** Help was tried and the gap did not close. */
export const GAP_PERSISTS: GuideCondition = {
  all: [SUPPORTS_WERE_TRIED, { answer: 'progressWithSupports', in: ['same-gap', 'falling-behind'] }],
};

/** The signals, in the order they are shown. */
export const GUIDE_SIGNALS: readonly GuideSignal[] = [
  {
    id: 'skill-must-be-taught',
    pointsTo: 'iep',
    weight: 2,
    when: { answer: 'needsSkillTaught', in: ['yes'] },
    text: {
      en: 'Your child needs a skill taught, not only access to lessons. Adapting what is taught, or how it is taught, is specially designed instruction: the heart of special education.',
      es: 'Su hijo o hija necesita que se le enseñe una habilidad, no solo acceso a las clases. Adaptar lo que se enseña, o cómo se enseña, es instrucción especialmente diseñada: el centro de la educación especial.',
      vi: 'Con quý vị cần được dạy một kỹ năng, không chỉ được tiếp cận bài học. Điều chỉnh những gì được dạy, hoặc cách dạy, chính là giảng dạy được thiết kế đặc biệt: cốt lõi của giáo dục đặc biệt.',
      'zh-Hans':
        '您的孩子需要学会某项技能，而不只是能接触课程。调整教什么或怎么教，就是特别设计的教学：这是特殊教育的核心。',
      ar: 'يحتاج طفلك إلى تعلّم مهارة، لا إلى مجرد الوصول إلى الدروس. وتكييف ما يُدرَّس أو طريقة تدريسه هو التدريس المصمم خصيصًا: جوهر التعليم الخاص.',
    },
    citation: '34 CFR 300.39(b)(3)',
    status: 'confirmed',
  },
  {
    id: 'work-must-change',
    pointsTo: 'iep',
    weight: 2,
    when: { answer: 'needsChangedWork', in: ['yes'] },
    text: {
      en: 'Your child needs the work itself changed (modifications), not only a different way to take it in or answer. Changing the content of instruction is specially designed instruction.',
      es: 'Su hijo o hija necesita que se cambie el trabajo mismo (modificaciones), no solo otra manera de recibirlo o de responder. Cambiar el contenido de la enseñanza es instrucción especialmente diseñada.',
      vi: 'Con quý vị cần thay đổi chính bài học (điều chỉnh nội dung), không chỉ một cách khác để tiếp nhận hoặc trả lời. Thay đổi nội dung giảng dạy là giảng dạy được thiết kế đặc biệt.',
      'zh-Hans':
        '您的孩子需要改变作业本身（课程调整），而不只是换一种接收或作答的方式。改变教学内容就是特别设计的教学。',
      ar: 'يحتاج طفلك إلى تغيير العمل نفسه (تعديلات)، لا مجرد طريقة مختلفة لتلقيه أو الإجابة عنه. وتغيير محتوى التدريس هو تدريس مصمم خصيصًا.',
    },
    citation: '34 CFR 300.39(b)(3)',
    status: 'confirmed',
  },
  {
    id: 'gap-persists',
    pointsTo: 'iep',
    weight: 2,
    when: GAP_PERSISTS,
    text: {
      en: 'Help has been tried and the gap has not closed. Not responding enough to sound, research-based intervention is a recognized sign that a child may need special education.',
      es: 'Se ha probado ayuda y la diferencia no se ha cerrado. No responder lo suficiente a una intervención sólida y basada en la investigación es una señal reconocida de que un niño puede necesitar educación especial.',
      vi: 'Đã thử hỗ trợ nhưng khoảng cách chưa được thu hẹp. Không đáp ứng đủ với biện pháp can thiệp đúng đắn, dựa trên nghiên cứu là một dấu hiệu được công nhận rằng trẻ có thể cần giáo dục đặc biệt.',
      'zh-Hans': '已经尝试过帮助，但差距没有缩小。对合理、有研究依据的干预反应不足，是孩子可能需要特殊教育的公认迹象。',
      ar: 'جُرّبت المساعدة ولم تُسدّ الفجوة. وعدم الاستجابة الكافية لتدخل سليم قائم على البحث علامة معترف بها على أن الطفل قد يحتاج إلى التعليم الخاص.',
    },
    citation: '34 CFR 300.309(a)(2)(i)',
    status: 'confirmed-secondary',
  },
  {
    id: 'specialist-instruction',
    pointsTo: 'iep',
    weight: 1,
    when: { answer: 'needsSpecialistHelp', in: ['yes'] },
    text: {
      en: 'Your child needs regular teaching or therapy from specialists. Under IDEA a child who needs only a related service, such as a therapy, may not qualify unless the state counts that service as special education; an evaluation sorts this out.',
      es: 'Su hijo o hija necesita enseñanza o terapia regular de especialistas. Según IDEA, un niño que solo necesita un servicio relacionado, como una terapia, puede no reunir los requisitos, salvo que el estado considere ese servicio como educación especial; una evaluación lo aclara.',
      vi: 'Con quý vị cần được các chuyên viên dạy hoặc trị liệu thường xuyên. Theo IDEA, trẻ chỉ cần một dịch vụ liên quan, như một liệu pháp, có thể không đủ điều kiện trừ khi tiểu bang coi dịch vụ đó là giáo dục đặc biệt; một cuộc đánh giá sẽ làm rõ điều này.',
      'zh-Hans':
        '您的孩子需要专业人员定期教学或治疗。按照 IDEA，只需要某项相关服务（如某种治疗）的孩子可能不符合资格，除非州把这项服务算作特殊教育；评估会弄清楚这一点。',
      ar: 'يحتاج طفلك إلى تدريس أو علاج منتظم من أخصائيين. وبموجب IDEA، قد لا يكون الطفل الذي يحتاج إلى خدمة ذات صلة فقط، مثل علاج ما، مؤهلًا ما لم تعدّ الولاية تلك الخدمة تعليمًا خاصًا؛ والتقييم يحسم ذلك.',
    },
    citation: '34 CFR 300.8(a)(2)',
    status: 'confirmed',
  },
  {
    id: 'behavior-impedes-learning',
    pointsTo: 'iep',
    weight: 1,
    when: { answer: 'behaviorGetsInWay', in: ['yes'] },
    text: {
      en: 'Behavior gets in the way of learning. For such a child, an IEP team must consider positive behavioral interventions and supports.',
      es: 'La conducta interfiere con el aprendizaje. Para un niño así, el equipo del IEP debe considerar intervenciones y apoyos conductuales positivos.',
      vi: 'Hành vi cản trở việc học. Với trẻ như vậy, nhóm IEP phải xem xét các biện pháp can thiệp và hỗ trợ hành vi tích cực.',
      'zh-Hans': '行为妨碍了学习。对这样的孩子，IEP 团队必须考虑积极的行为干预和支持。',
      ar: 'السلوك يعيق التعلّم. ولمثل هذا الطفل، يجب أن ينظر فريق IEP في التدخلات والدعم السلوكي الإيجابي.',
    },
    citation: '34 CFR 300.324(a)(2)(i)',
    status: 'confirmed',
  },
  {
    id: 'learns-once-barriers-removed',
    pointsTo: '504',
    weight: 2,
    when: { answer: 'learnsWhenBarriersRemoved', in: ['yes'] },
    text: {
      en: 'Once barriers are removed, your child keeps up with grade-level work. Removing barriers is what the accommodations of a 504 plan are for.',
      es: 'Cuando se quitan los obstáculos, su hijo o hija sigue el trabajo de su grado. Quitar obstáculos es justamente la función de las adaptaciones de un plan 504.',
      vi: 'Khi rào cản được gỡ bỏ, con quý vị theo kịp bài vở của lớp. Gỡ bỏ rào cản chính là mục đích của các điều chỉnh hỗ trợ trong kế hoạch 504.',
      'zh-Hans': '障碍消除后，您的孩子能跟上年级水平的功课。消除障碍正是504计划中便利措施的作用。',
      ar: 'عندما تُزال العوائق، يواكب طفلك عمل مستوى صفه. وإزالة العوائق هي الغاية من الترتيبات التيسيرية في خطة 504.',
    },
    citation: '34 CFR 104.33(b)(1)',
    status: 'confirmed',
  },
  {
    id: 'health-needs',
    pointsTo: '504',
    weight: 1,
    when: { answer: 'needsHealthCare', in: ['yes'] },
    text: {
      en: 'Your child needs health care or safety steps at school. Conditions such as diabetes, asthma, allergies or epilepsy count even when they come and go.',
      es: 'Su hijo o hija necesita atención de salud o medidas de seguridad en la escuela. Condiciones como la diabetes, el asma, las alergias o la epilepsia cuentan aunque vayan y vengan.',
      vi: 'Con quý vị cần chăm sóc sức khỏe hoặc các biện pháp an toàn tại trường. Các tình trạng như tiểu đường, hen suyễn, dị ứng hay động kinh vẫn được tính ngay cả khi lúc có lúc không.',
      'zh-Hans': '您的孩子在学校需要健康照护或安全措施。糖尿病、哮喘、过敏或癫痫等状况，即使时好时坏也算在内。',
      ar: 'يحتاج طفلك إلى رعاية صحية أو إجراءات سلامة في المدرسة. وتُحتسب حالات مثل السكري أو الربو أو الحساسية أو الصرع حتى لو كانت تظهر وتختفي.',
    },
    citation: '42 U.S.C. 12102(4)(D); 34 CFR 104.33(b)(1)',
    status: 'confirmed',
  },
  {
    id: 'catching-up-with-supports',
    pointsTo: '504',
    weight: 1,
    when: { all: [SUPPORTS_WERE_TRIED, { answer: 'progressWithSupports', in: ['catching-up'] }] },
    text: {
      en: 'With the help tried so far, your child is catching up. Accommodations may be enough, as long as the help continues.',
      es: 'Con la ayuda que se ha probado, su hijo o hija se está poniendo al día. Las adaptaciones pueden ser suficientes, siempre que la ayuda continúe.',
      vi: 'Với những hỗ trợ đã thử, con quý vị đang bắt kịp. Các điều chỉnh hỗ trợ có thể là đủ, miễn là sự hỗ trợ được tiếp tục.',
      'zh-Hans': '在已尝试的帮助下，您的孩子正在赶上。只要帮助持续，便利措施可能就够了。',
      ar: 'مع المساعدة التي جُرّبت، يلحق طفلك بزملائه. وقد تكفي الترتيبات التيسيرية ما دامت المساعدة مستمرة.',
    },
    citation: '34 CFR 104.33(b)(1)',
    status: 'confirmed',
  },
];

/** A way the signals add up to a leaning; the first rule that fits wins. */
export interface LeaningRule {
  readonly leaning: GuideLeaning;
  /** Least total weight of IEP signals. */
  readonly minIep: number;
  /** Least total weight of 504 signals. */
  readonly minAccess: number;
  readonly when?: GuideCondition;
  readonly reason: Cited & { readonly text: LocalizedText };
}

const EITHER_REASON: LeaningRule['reason'] = {
  text: {
    en: 'Your answers point both ways: some needs may call for specially designed instruction, others for accommodations. An IDEA evaluation in all areas of suspected disability is how to find out; if your child is not eligible under IDEA, Section 504 must still be considered on its own.',
    es: 'Sus respuestas apuntan en las dos direcciones: algunas necesidades pueden requerir instrucción especialmente diseñada y otras, adaptaciones. Una evaluación de IDEA en todas las áreas de posible discapacidad es la forma de saberlo; si su hijo o hija no reúne los requisitos de IDEA, la Sección 504 debe considerarse por separado.',
    vi: 'Câu trả lời của quý vị nghiêng về cả hai phía: một số nhu cầu có thể cần giảng dạy được thiết kế đặc biệt, số khác cần điều chỉnh hỗ trợ. Một cuộc đánh giá theo IDEA ở mọi lĩnh vực nghi ngờ có khuyết tật là cách để biết; nếu con quý vị không đủ điều kiện theo IDEA, vẫn phải xem xét riêng Điều 504.',
    'zh-Hans':
      '您的回答两方面都有：有些需要可能需要特别设计的教学，另一些需要便利措施。在所有疑似残障领域进行 IDEA 评估就能弄清楚；如果孩子不符合 IDEA 资格，仍必须单独考虑第504条。',
    ar: 'إجاباتك تشير إلى الاتجاهين: بعض الاحتياجات قد تتطلب تدريسًا مصممًا خصيصًا، وبعضها ترتيبات تيسيرية. وتقييم IDEA في جميع مجالات الإعاقة المشتبه فيها هو طريقة معرفة ذلك؛ وإذا لم يكن طفلك مؤهلًا بموجب IDEA، فلا بد من النظر في المادة 504 على حدة.',
  },
  citation: '34 CFR 300.301(b); 34 CFR 104.35(a)',
  status: 'confirmed-secondary',
};

/** The leaning rules, tried in order (docs/legal-sources.md, "The IEP-or-504 guide"; the weights are a design choice). */
export const LEANING_RULES: readonly LeaningRule[] = [
  {
    leaning: 'iep',
    minIep: 2,
    minAccess: 0,
    reason: {
      text: {
        en: 'Your answers describe needs usually met by specially designed instruction: teaching adapted in what is taught or how. That is special education, which only an IEP under IDEA provides. An evaluation decides; this guide does not.',
        es: 'Sus respuestas describen necesidades que suelen atenderse con instrucción especialmente diseñada: enseñanza adaptada en lo que se enseña o en cómo se enseña. Eso es educación especial, que solo ofrece un IEP conforme a IDEA. Lo decide una evaluación, no esta guía.',
        vi: 'Câu trả lời của quý vị mô tả những nhu cầu thường được đáp ứng bằng giảng dạy được thiết kế đặc biệt: việc dạy được điều chỉnh về nội dung hoặc cách dạy. Đó là giáo dục đặc biệt, chỉ IEP theo IDEA mới cung cấp. Một cuộc đánh giá sẽ quyết định; hướng dẫn này thì không.',
        'zh-Hans':
          '您的回答描述的是通常由特别设计的教学来满足的需要：在教什么或怎么教上作调整。这就是特殊教育，只有依据 IDEA 的 IEP 才能提供。由评估来决定，而不是本指南。',
        ar: 'تصف إجاباتك احتياجات تُلبّى عادةً بالتدريس المصمم خصيصًا: تدريس مُكيَّف في ما يُدرَّس أو في طريقته. وهذا هو التعليم الخاص، الذي لا يقدمه إلا برنامج IEP بموجب IDEA. والتقييم هو الذي يقرر، لا هذا الدليل.',
      },
      citation: '34 CFR 300.39(b)(3); 34 CFR 300.8(a)(1)',
      status: 'confirmed',
    },
  },
  { leaning: 'either', minIep: 1, minAccess: 1, reason: EITHER_REASON },
  {
    leaning: '504',
    minIep: 0,
    minAccess: 1,
    // The 504 definition needs an impairment that limits a major life activity; a clear "no" to either rules it out here.
    when: {
      all: [{ not: { answer: 'hasCondition', in: ['no'] } }, { not: { answer: 'limitsDailyActivity', in: ['no'] } }],
    },
    reason: {
      text: {
        en: 'Your answers describe a condition that limits an everyday activity, in a child who keeps up once barriers are removed. That fits the Section 504 definition, and a 504 plan of accommodations and services may be enough. If signs appear that your child needs skills taught differently, ask for an IDEA evaluation.',
        es: 'Sus respuestas describen una condición que limita una actividad diaria, en un niño que sigue el ritmo cuando se quitan los obstáculos. Eso coincide con la definición de la Sección 504, y un plan 504 de adaptaciones y servicios puede ser suficiente. Si aparecen señales de que su hijo o hija necesita que se le enseñen habilidades de otra manera, pida una evaluación de IDEA.',
        vi: 'Câu trả lời của quý vị mô tả một tình trạng làm hạn chế một hoạt động hằng ngày, ở một trẻ theo kịp bài vở khi rào cản được gỡ bỏ. Điều đó phù hợp với định nghĩa của Điều 504, và một kế hoạch 504 gồm các điều chỉnh hỗ trợ và dịch vụ có thể là đủ. Nếu có dấu hiệu con quý vị cần được dạy kỹ năng theo cách khác, hãy yêu cầu đánh giá theo IDEA.',
        'zh-Hans':
          '您的回答描述的是：一种限制日常活动的状况，而孩子在障碍消除后能跟上。这符合第504条的定义，一份包含便利措施和服务的504计划可能就够了。如果出现迹象表明孩子需要用不同方式学习技能，请要求进行 IDEA 评估。',
        ar: 'تصف إجاباتك حالة تحدّ من نشاط يومي، لدى طفل يواكب زملاءه عندما تُزال العوائق. وهذا يوافق تعريف المادة 504، وقد تكفي خطة 504 من الترتيبات التيسيرية والخدمات. وإذا ظهرت علامات على أن طفلك يحتاج إلى تعلّم المهارات بطريقة مختلفة، فاطلب تقييمًا بموجب IDEA.',
      },
      citation: '34 CFR 104.3(j)(1); 34 CFR 104.33(b)(1)',
      status: 'confirmed',
    },
  },
  { leaning: 'either', minIep: 1, minAccess: 0, reason: EITHER_REASON },
];

/** Why the guide cannot point either way yet. */
export const NEED_MORE_INFORMATION_REASON: LeaningRule['reason'] = {
  text: {
    en: 'There is not enough yet to point either way, which is common early on. Gather what you see and what the school has tried. You can ask for an evaluation whenever you suspect a disability.',
    es: 'Todavía no hay suficiente información para inclinarse por una opción, algo común al principio. Reúna lo que usted observa y lo que la escuela ha probado. Puede pedir una evaluación en cuanto sospeche una discapacidad.',
    vi: 'Hiện chưa đủ thông tin để nghiêng về phía nào, điều thường gặp lúc đầu. Hãy ghi lại những gì quý vị thấy và những gì nhà trường đã thử. Quý vị có thể yêu cầu đánh giá bất cứ khi nào nghi ngờ có khuyết tật.',
    'zh-Hans':
      '目前还不足以判断倾向哪一边，这在早期很常见。请记下您观察到的情况和学校已经尝试过的做法。只要怀疑有残障，您随时可以要求评估。',
    ar: 'لا يوجد بعد ما يكفي للترجيح في أي اتجاه، وهذا شائع في البداية. اجمع ما تلاحظه وما جرّبته المدرسة. ويمكنك طلب التقييم متى اشتبهت في وجود إعاقة.',
  },
  citation: '34 CFR 300.301(b)',
  status: 'confirmed',
};
