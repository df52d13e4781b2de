import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { Grade, LetterInput, ParentRelationship } from '../schemas/letters';
import { evaluationClock, isFederalStandIn } from '../guide/jurisdiction-phrases';
import { AREA_OF_CONCERN_LABELS } from '../guide/area-of-concern-labels';
import type { AreaOfConcern } from '../schemas/letters';
import { joinList } from './join-list';
import { letterDate } from './letter-date';
import { cited, everyLanguage, inLanguage, READING_LANGUAGES, t } from './letter-draft';
import type { LetterText, ReadingLanguage, Sentence } from './letter-draft';

// Sentences shared by several letters. Spanish is written for a parent addressing a school official
// (usted), avoiding gendered forms for the child wherever a name can stand in. Vietnamese addresses the
// official as "Quý vị", Arabic in the polite plural; neither gives the child a gender. The Arabic
// relationship is the first word of a construct ("والدة Maya": Maya's mother).

const RELATIONSHIP: Readonly<Record<ParentRelationship, LetterText>> = {
  parent: t('parent', 'madre/padre', 'phụ huynh', '家长', 'ولي أمر'),
  mother: t('mother', 'madre', 'mẹ', '母亲', 'والدة'),
  father: t('father', 'padre', 'cha', '父亲', 'والد'),
  guardian: t('guardian', 'tutor legal', 'người giám hộ hợp pháp', '法定监护人', 'الوصي القانوني على'),
};

function englishOrdinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${String(n)}${suffix}`;
}

function spanishOrdinal(n: number): string {
  // 1.er and 3.er before a masculine noun ("1.er grado"), 2.º etc. otherwise.
  return n === 1 || n === 3 ? `${String(n)}.er` : `${String(n)}.º`;
}

/** "الصف الرابع": the ordinal after the masculine noun الصف (grade), 1 to 12. */
const ARABIC_ORDINALS = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الحادي عشر',
  'الثاني عشر',
] as const;

const NAMED_GRADES: Partial<Readonly<Record<Grade, LetterText>>> = {
  'pre-k': t(
    'who is in pre-kindergarten',
    'que cursa prekínder',
    'học lớp tiền mẫu giáo',
    '目前上学前班',
    'في مرحلة ما قبل الروضة',
  ),
  k: t('who is in kindergarten', 'que cursa kínder', 'học lớp mẫu giáo', '目前上幼儿园', 'في مرحلة الروضة'),
  transition: t(
    'who is in a transition program',
    'que asiste a un programa de transición',
    'tham gia chương trình chuyển tiếp',
    '目前参加过渡项目',
    'في برنامج انتقالي',
  ),
};

/** "who is in 4th grade" / "que cursa 4.º grado" / "học lớp 4" / "目前读4年级" / "في الصف الرابع". */
function gradeClause(grade: Grade): LetterText {
  const named = NAMED_GRADES[grade];
  if (named !== undefined) return named;
  const n = Number(grade);
  return t(
    `who is in ${englishOrdinal(n)} grade`,
    `que cursa ${spanishOrdinal(n)} grado`,
    `học lớp ${String(n)}`,
    `目前读${String(n)}年级`,
    `في الصف ${ARABIC_ORDINALS[n - 1] ?? String(n)}`,
  );
}

/** The opening sentence: who writes, about whom, where. */
export function introSentence(input: LetterInput): Sentence {
  const rel = RELATIONSHIP[input.parent.relationship];
  const grade = gradeClause(input.student.grade);
  const born = longDate(input.student.birthDate);
  const { name, school } = input.student;
  const district = input.district;
  return {
    text: t(
      `I am the ${rel.en} of ${name} (date of birth: ${born.en}), ${grade.en} at ${school} in ${district}.`,
      `Le escribo como ${rel.es} de ${name} (fecha de nacimiento: ${born.es}), ${grade.es} en ${school}, del distrito ${district}.`,
      `Tôi là ${rel.vi} của ${name} (sinh ${born.vi}). Cháu hiện đang ${grade.vi} tại ${school}, thuộc ${district}.`,
      `我是 ${name}（出生日期：${born['zh-Hans']}）的${rel['zh-Hans']}。孩子${grade['zh-Hans']}，就读于 ${district} 的 ${school}。`,
      `أنا ${rel.ar} ${name} (تاريخ الميلاد: ${born.ar})، ${grade.ar} بمدرسة ${school} التابعة لـ ${district}.`,
    ),
  };
}

/** "reading, writing and math" in every language. */
export function areasText(areas: readonly AreaOfConcern[]): LetterText {
  const labels = areas.map((area) => AREA_OF_CONCERN_LABELS[area]);
  const inEach = (language: ReadingLanguage): string =>
    joinList(
      labels.map((label) => inLanguage(label, language)),
      language,
    );
  return t(inEach('en'), inEach('es'), inEach('vi'), inEach('zh-Hans'), inEach('ar'));
}

/** A date in every language. */
export function longDate(iso: string): LetterText {
  const [en, es, vi, zh, ar] = READING_LANGUAGES.map((language) => letterDate(iso, language));
  return t(en ?? iso, es ?? iso, vi ?? iso, zh ?? iso, ar ?? iso);
}

/**
 * The state's initial-evaluation clock, from the parent's side, with its citation. "To complete the
 * evaluation" holds in every state: each state's end point (report, eligibility, IEP) comes at or after it.
 */
export function evaluationTimelineSentence(facts: JurisdictionFacts): Sentence {
  const clock = everyLanguage(evaluationClock(facts, 'me'));
  const state = everyLanguage(facts.name);
  const lead = isFederalStandIn(facts)
    ? t(
        'Under federal regulations',
        'Según las normas federales',
        'Theo các quy định liên bang',
        '根据联邦法规',
        'بموجب اللوائح الفيدرالية',
      )
    : t(
        `Under ${state.en} law`,
        `Según la ley de ${state.es}`,
        `Theo luật của ${state.vi}`,
        `根据${state['zh-Hans']}的法律`,
        `بموجب قانون ${state.ar}`,
      );
  return cited(
    t(
      `${lead.en}, the district has ${clock.en} to complete the evaluation.`,
      `${lead.es}, el distrito tiene ${clock.es} para completar la evaluación.`,
      `${lead.vi}, thời hạn để học khu hoàn tất việc đánh giá là ${clock.vi}.`,
      `${lead['zh-Hans']}，学区完成评估的期限为：${clock['zh-Hans']}。`,
      `${lead.ar}، المهلة المتاحة للمنطقة التعليمية لإكمال التقييم هي ${clock.ar}.`,
    ),
    facts.initialEvaluation.citation,
  );
}

/** The request to evaluate in all areas of suspected disability. */
export function allAreasSentence(student: string): Sentence {
  return cited(
    t(
      `Please evaluate ${student} in all areas related to the suspected disability, including the areas above.`,
      `Le pido que la evaluación de ${student} abarque todas las áreas relacionadas con la posible discapacidad, incluidas las que menciono arriba.`,
      `Xin vui lòng đánh giá ${student} trong tất cả các lĩnh vực liên quan đến khuyết tật nghi ngờ, kể cả các lĩnh vực nêu trên.`,
      `请在与疑似残疾相关的所有领域对 ${student} 进行评估，包括上述领域。`,
      `أرجو تقييم ${student} في جميع المجالات المتعلقة بالإعاقة المشتبه بها، بما فيها المجالات المذكورة أعلاه.`,
    ),
    '34 CFR 300.304(c)(4)',
  );
}

/** The request for the consent form (with the safeguards notice). */
export function consentFormSentence(): Sentence {
  return cited(
    t(
      'Please send me the consent form for this evaluation, with a copy of the procedural safeguards notice, so that I can give my written consent.',
      'Le ruego que me envíe el formulario de consentimiento para esta evaluación, junto con una copia del aviso de garantías procesales, para que yo pueda dar mi consentimiento por escrito.',
      'Xin vui lòng gửi cho tôi mẫu đơn đồng ý cho việc đánh giá này, kèm theo một bản thông báo về các biện pháp bảo vệ theo thủ tục, để tôi có thể đồng ý bằng văn bản.',
      '请将本次评估的同意书连同一份程序保障通知寄给我，以便我作出书面同意。',
      'أرجو أن ترسلوا إليّ استمارة الموافقة على هذا التقييم مع نسخة من إشعار الضمانات الإجرائية، حتى أتمكن من إعطاء موافقتي كتابيًا.',
    ),
    '34 CFR 300.300(a)',
    '34 CFR 300.504(a)',
  );
}

/** The request for prior written notice should the district refuse to evaluate. */
export function refusalNoticeSentence(student: string): Sentence {
  return cited(
    t(
      `If the district decides not to evaluate ${student}, please give me prior written notice of that refusal, explaining the reasons and describing each evaluation, record or report the district relied on.`,
      `Si el distrito decide no evaluar a ${student}, le pido que me entregue una notificación previa por escrito de esa negativa, con sus motivos y la descripción de cada evaluación, expediente o informe en que se basó.`,
      `Nếu học khu quyết định không đánh giá ${student}, xin vui lòng gửi cho tôi thông báo trước bằng văn bản về việc từ chối đó, nêu rõ lý do và mô tả từng bài đánh giá, hồ sơ hoặc báo cáo mà học khu đã dựa vào.`,
      `如果学区决定不对 ${student} 进行评估，请就这一拒绝向我发出事先书面通知，说明理由，并描述学区所依据的每一项评估、记录或报告。`,
      `إذا قررت المنطقة التعليمية عدم تقييم ${student}، فأرجو أن تقدموا لي إشعارًا كتابيًا مسبقًا بهذا الرفض، يوضح أسبابه ويصف كل تقييم أو سجل أو تقرير استندت إليه المنطقة التعليمية.`,
    ),
    '34 CFR 300.503(a), (b)',
  );
}

/** "You can reach me by email at … or by phone at …", in every language. */
export function reachSentence(input: Pick<LetterInput, 'parent'>): Sentence {
  const { email, phone } = input.parent;
  const ways = [
    ...(email === undefined
      ? []
      : [
          t(
            `by email at ${email}`,
            `por correo electrónico en ${email}`,
            `qua email ${email}`,
            `发电子邮件至 ${email} `,
            `عبر البريد الإلكتروني ${email}`,
          ),
        ]),
    ...(phone === undefined
      ? []
      : [
          t(
            `by phone at ${phone}`,
            `por teléfono al ${phone}`,
            `qua điện thoại số ${phone}`,
            `致电 ${phone} `,
            `عبر الهاتف على الرقم ${phone}`,
          ),
        ]),
  ];
  if (ways.length === 0)
    return {
      text: t(
        'You can reach me at the address above.',
        'Puede comunicarse conmigo en la dirección indicada arriba.',
        'Quý vị có thể liên lạc với tôi theo địa chỉ ở trên.',
        '您可以按上面的地址与我联系。',
        'يمكنكم التواصل معي على العنوان المذكور أعلاه.',
      ),
    };
  const joined = (language: ReadingLanguage, or: string): string => ways.map((way) => way[language]).join(or);
  return {
    text: t(
      `You can reach me ${joined('en', ' or ')}.`,
      `Puede comunicarse conmigo ${joined('es', ' o ')}.`,
      `Quý vị có thể liên lạc với tôi ${joined('vi', ' hoặc ')}.`,
      `您可以${joined('zh-Hans', '或')}与我联系。`,
      `يمكنكم التواصل معي ${joined('ar', ' أو ')}.`,
    ),
  };
}

/** The closing paragraph: confirm receipt (the clocks run from it) and how to reach the writer. */
export function contactSentences(input: LetterInput, first?: LetterText): Sentence[] {
  return [
    ...(first === undefined ? [] : [{ text: first }]),
    {
      text: t(
        'Please confirm in writing the date the district received this letter.',
        'Le agradeceré que me confirme por escrito la fecha en que el distrito recibió esta carta.',
        'Xin vui lòng xác nhận bằng văn bản ngày học khu nhận được thư này.',
        '请以书面形式确认学区收到本信的日期。',
        'أرجو أن تؤكدوا كتابيًا تاريخ استلام المنطقة التعليمية لهذه الرسالة.',
      ),
    },
    reachSentence(input),
  ];
}

/** The writer's relationship as a signature line: "Parent of Maya" / "Madre/padre de Maya" / "Maya的家长". */
export function signatureRole(input: LetterInput, givenName: string): LetterText {
  const rel = RELATIONSHIP[input.parent.relationship];
  const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return t(
    `${up(rel.en)} of ${givenName}`,
    `${up(rel.es)} de ${givenName}`,
    `${up(rel.vi)} của ${givenName}`,
    `${givenName}的${rel['zh-Hans']}`,
    `${rel.ar} ${givenName}`,
  );
}
