import { LANGUAGES, type Language } from '../progress/format-words';

/**
 * The words of every message Binder sends, in the five reading languages (docs/decisions/0041, 0045). Pure: the
 * server fills in names, dates and links. Links are whole URLs built by the server from the public address. Each
 * message is a table with one entry per language, so a language is one more entry.
 */
/** Every language Binder's messages are written in. */
export const MAIL_TEXT_LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const;
export type MailTextLanguage = (typeof MAIL_TEXT_LANGUAGES)[number];

/** The language a message is sent in: one the app speaks (five with issue 22), chosen or stored per person. */
export type MailLanguage = Language;

export interface MailText {
  readonly subject: string;
  readonly body: string;
}

/** The language of one Accept-Language tag, or null for one Binder does not write in. */
function languageOfTag(tag: string): MailTextLanguage | null {
  const primary = tag.split(/[-_]/)[0] ?? '';
  switch (primary) {
    case 'en':
    case 'es':
    case 'vi':
    case 'ar':
      return primary;
    case 'zh':
      // Binder writes Simplified Chinese only; a reader of Traditional Chinese reads it more easily than English.
      return 'zh-Hans';
    default:
      return null;
  }
}

/**
 * The language of an Accept-Language header (or a stored choice): its first tag in a language the app speaks, by
 * the order the header gives (quality weights aside, browsers list in order of preference), else English.
 */
export function mailLanguageOf(header: string | null | undefined): MailLanguage {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    const wanted = languageOfTag(tag);
    const language = LANGUAGES.find((spoken) => spoken === wanted);
    if (language !== undefined) return language;
  }
  return 'en';
}

const SIGNATURE: Readonly<Record<MailTextLanguage, string>> = {
  en: '— Binder, the IEP & 504 plan workspace',
  es: '— Binder, el espacio de trabajo para planes IEP y 504',
  vi: '— Binder, nơi làm việc cho IEP và kế hoạch 504',
  'zh-Hans': '— Binder，IEP 和504计划工作空间',
  ar: '— Binder، مساحة العمل الخاصة بـ IEP وخطة 504',
};

const HELLO: Readonly<Record<MailTextLanguage, (name: string) => string>> = {
  en: (name) => `Hello ${name},`,
  es: (name) => `Hola, ${name}:`,
  vi: (name) => `Xin chào ${name},`,
  'zh-Hans': (name) => `${name}，您好：`,
  ar: (name) => `مرحبًا ${name}،`,
};

function lines(language: MailTextLanguage, ...paragraphs: string[]): string {
  return [...paragraphs, SIGNATURE[language]].join('\n\n') + '\n';
}

type Mail<I> = Readonly<Record<MailTextLanguage, (input: I) => MailText>>;

interface LinkMail {
  readonly name: string;
  readonly link: string;
}

const PASSWORD_RESET: Mail<LinkMail> = {
  en: (input) => ({
    subject: 'Reset your Binder password',
    body: lines(
      'en',
      HELLO.en(input.name),
      `Someone (we hope you) asked to reset the password of your Binder account. Open this link within 30 minutes to choose a new one; it works once:\n${input.link}`,
      'Changing it signs out every open session. If you did not ask, ignore this message: your password stays the same.',
    ),
  }),
  es: (input) => ({
    subject: 'Restablecer su contraseña de Binder',
    body: lines(
      'es',
      HELLO.es(input.name),
      `Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta de Binder. Abra este enlace en los próximos 30 minutos para elegir una nueva; solo funciona una vez:\n${input.link}`,
      'Al cambiarla se cierran todas las sesiones abiertas. Si no lo pidió, ignore este mensaje: su contraseña sigue igual.',
    ),
  }),
  vi: (input) => ({
    subject: 'Đặt lại mật khẩu Binder của quý vị',
    body: lines(
      'vi',
      HELLO.vi(input.name),
      `Có người (chúng tôi hy vọng là quý vị) đã yêu cầu đặt lại mật khẩu tài khoản Binder của quý vị. Hãy mở liên kết này trong vòng 30 phút để chọn mật khẩu mới; liên kết chỉ dùng được một lần:\n${input.link}`,
      'Khi đổi mật khẩu, mọi phiên đang mở sẽ bị đăng xuất. Nếu quý vị không yêu cầu, hãy bỏ qua thư này: mật khẩu của quý vị vẫn giữ nguyên.',
    ),
  }),
  'zh-Hans': (input) => ({
    subject: '重置您的 Binder 密码',
    body: lines(
      'zh-Hans',
      HELLO['zh-Hans'](input.name),
      `有人（希望是您本人）申请重置您的 Binder 帐户密码。请在30分钟内打开此链接设置新密码；此链接只能使用一次：\n${input.link}`,
      '更改密码后，所有已登录的会话都会退出。如果这不是您申请的，请忽略本邮件：您的密码不会改变。',
    ),
  }),
  ar: (input) => ({
    subject: 'إعادة تعيين كلمة مرور Binder الخاصة بك',
    body: lines(
      'ar',
      HELLO.ar(input.name),
      `طلب شخص ما (نأمل أن تكون أنت) إعادة تعيين كلمة مرور حسابك في Binder. افتح هذا الرابط خلال 30 دقيقة لاختيار كلمة مرور جديدة؛ يعمل الرابط مرة واحدة فقط:\n${input.link}`,
      'يؤدي تغييرها إلى تسجيل الخروج من جميع الجلسات المفتوحة. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة مرورك كما هي.',
    ),
  }),
};

export function passwordResetMail(language: MailTextLanguage, input: LinkMail): MailText {
  return PASSWORD_RESET[language](input);
}

const VERIFY_EMAIL: Mail<LinkMail> = {
  en: (input) => ({
    subject: 'Confirm your e-mail address for Binder',
    body: lines(
      'en',
      HELLO.en(input.name),
      `Open this link to confirm this address is yours:\n${input.link}`,
      'If you did not create a Binder account, ignore this message.',
    ),
  }),
  es: (input) => ({
    subject: 'Confirme su dirección de correo en Binder',
    body: lines(
      'es',
      HELLO.es(input.name),
      `Abra este enlace para confirmar que esta dirección es suya:\n${input.link}`,
      'Si no creó una cuenta en Binder, ignore este mensaje.',
    ),
  }),
  vi: (input) => ({
    subject: 'Xác nhận địa chỉ email của quý vị cho Binder',
    body: lines(
      'vi',
      HELLO.vi(input.name),
      `Hãy mở liên kết này để xác nhận địa chỉ này là của quý vị:\n${input.link}`,
      'Nếu quý vị không tạo tài khoản Binder, hãy bỏ qua thư này.',
    ),
  }),
  'zh-Hans': (input) => ({
    subject: '确认您在 Binder 的电子邮件地址',
    body: lines(
      'zh-Hans',
      HELLO['zh-Hans'](input.name),
      `请打开此链接，确认这是您的电子邮件地址：\n${input.link}`,
      '如果您没有创建 Binder 帐户，请忽略本邮件。',
    ),
  }),
  ar: (input) => ({
    subject: 'أكّد عنوان بريدك الإلكتروني في Binder',
    body: lines(
      'ar',
      HELLO.ar(input.name),
      `افتح هذا الرابط لتأكيد أن هذا العنوان يخصك:\n${input.link}`,
      'إذا لم تنشئ حسابًا في Binder، فتجاهل هذه الرسالة.',
    ),
  }),
};

export function verifyEmailMail(language: MailTextLanguage, input: LinkMail): MailText {
  return VERIFY_EMAIL[language](input);
}

const SIGN_UP_ATTEMPT: Mail<LinkMail> = {
  en: (input) => ({
    subject: 'Someone tried to sign up to Binder with your address',
    body: lines(
      'en',
      HELLO.en(input.name),
      'Someone tried to create a new Binder account with this e-mail address, which already has one. Nothing was created, and they were not told that the account exists.',
      `If it was you and you forgot your password, you can reset it here:\n${input.link}`,
    ),
  }),
  es: (input) => ({
    subject: 'Alguien intentó crear una cuenta de Binder con su dirección',
    body: lines(
      'es',
      HELLO.es(input.name),
      'Alguien intentó crear una cuenta nueva de Binder con esta dirección de correo, que ya tiene cuenta. No se creó nada ni se le dijo que la cuenta existe.',
      `Si fue usted y olvidó su contraseña, puede restablecerla aquí:\n${input.link}`,
    ),
  }),
  vi: (input) => ({
    subject: 'Có người đã thử đăng ký Binder bằng địa chỉ của quý vị',
    body: lines(
      'vi',
      HELLO.vi(input.name),
      'Có người đã thử tạo một tài khoản Binder mới bằng địa chỉ email này, trong khi địa chỉ này đã có tài khoản. Không có gì được tạo ra, và người đó không được cho biết rằng tài khoản đã tồn tại.',
      `Nếu đó là quý vị và quý vị quên mật khẩu, quý vị có thể đặt lại mật khẩu tại đây:\n${input.link}`,
    ),
  }),
  'zh-Hans': (input) => ({
    subject: '有人尝试用您的地址注册 Binder',
    body: lines(
      'zh-Hans',
      HELLO['zh-Hans'](input.name),
      '有人尝试用这个电子邮件地址创建新的 Binder 帐户，但该地址已经有帐户。系统没有创建任何帐户，也没有告诉对方该帐户已存在。',
      `如果是您本人并且忘记了密码，可以在这里重置：\n${input.link}`,
    ),
  }),
  ar: (input) => ({
    subject: 'حاول شخص ما التسجيل في Binder باستخدام عنوانك',
    body: lines(
      'ar',
      HELLO.ar(input.name),
      'حاول شخص ما إنشاء حساب جديد في Binder باستخدام عنوان البريد الإلكتروني هذا، وله حساب بالفعل. لم يُنشأ أي شيء، ولم يُخبَر ذلك الشخص بأن الحساب موجود.',
      `إذا كنت أنت من حاول ونسيت كلمة المرور، فيمكنك إعادة تعيينها من هنا:\n${input.link}`,
    ),
  }),
};

export function signUpAttemptMail(language: MailTextLanguage, input: LinkMail): MailText {
  return SIGN_UP_ATTEMPT[language](input);
}

/** When a reminder is sent: a week before, the day before, or after the date passed unmet. */
export type ReminderKind = 'week-before' | 'day-before' | 'passed';

/** One dated deadline, as a reminder tells it. */
export interface ReminderDeadline {
  readonly childName: string;
  /** The deadline's kind in plain words, in the message's language. */
  readonly what: string;
  readonly due: string;
  readonly citation: string;
  /** The child's deadlines page. */
  readonly link: string;
}

/** The words of reminders and the weekly digest in one language. */
interface ReminderWords {
  readonly subject: Readonly<Record<ReminderKind, (d: ReminderDeadline) => string>>;
  readonly lead: Readonly<Record<ReminderKind, string>>;
  readonly line: (d: ReminderDeadline) => string;
  readonly open: (link: string) => string;
  readonly unsubscribe: (link: string) => string;
  readonly digestSubject: (weekOf: string) => string;
  readonly digestLead: string;
  readonly noDeadlines: string;
}

const REMINDER_WORDS: Readonly<Record<MailTextLanguage, ReminderWords>> = {
  en: {
    subject: {
      'week-before': (d) => `In a week: ${d.childName}'s ${d.what} (${d.due})`,
      'day-before': (d) => `Tomorrow: ${d.childName}'s ${d.what} (${d.due})`,
      passed: (d) => `Passed unmet: ${d.childName}'s ${d.what} (${d.due})`,
    },
    lead: {
      'week-before': 'This deadline is a week away:',
      'day-before': 'This deadline is tomorrow:',
      passed: 'This deadline has passed and Binder has no record that it was met:',
    },
    line: (d) => `${d.childName}: ${d.what}, due ${d.due} (${d.citation})`,
    open: (link) => `See it in Binder:\n${link}`,
    unsubscribe: (link) =>
      `You get this because you turned on reminders in Binder. Change them or stop them here:\n${link}`,
    digestSubject: (weekOf) => `Your deadlines, week of ${weekOf}`,
    digestLead: 'Open deadlines of the children you follow: overdue and in the next two weeks.',
    noDeadlines: 'No open deadlines in the next two weeks.',
  },
  es: {
    subject: {
      'week-before': (d) => `En una semana: ${d.what} de ${d.childName} (${d.due})`,
      'day-before': (d) => `Mañana: ${d.what} de ${d.childName} (${d.due})`,
      passed: (d) => `Venció sin cumplirse: ${d.what} de ${d.childName} (${d.due})`,
    },
    lead: {
      'week-before': 'Este plazo vence en una semana:',
      'day-before': 'Este plazo vence mañana:',
      passed: 'Este plazo pasó y Binder no tiene registrado que se haya cumplido:',
    },
    line: (d) => `${d.childName}: ${d.what}, vence el ${d.due} (${d.citation})`,
    open: (link) => `Véalo en Binder:\n${link}`,
    unsubscribe: (link) =>
      `Recibe este mensaje porque activó los recordatorios en Binder. Cámbielos o deténgalos aquí:\n${link}`,
    digestSubject: (weekOf) => `Sus plazos, semana del ${weekOf}`,
    digestLead: 'Plazos abiertos de los niños que usted sigue: vencidos y de las próximas dos semanas.',
    noDeadlines: 'No hay plazos abiertos en las próximas dos semanas.',
  },
  vi: {
    subject: {
      'week-before': (d) => `Còn một tuần: ${d.what} của ${d.childName} (${d.due})`,
      'day-before': (d) => `Ngày mai: ${d.what} của ${d.childName} (${d.due})`,
      passed: (d) => `Đã quá hạn mà chưa hoàn thành: ${d.what} của ${d.childName} (${d.due})`,
    },
    lead: {
      'week-before': 'Hạn chót này còn một tuần nữa:',
      'day-before': 'Hạn chót này là ngày mai:',
      passed: 'Hạn chót này đã qua và Binder không có ghi nhận nào cho thấy việc này đã được hoàn thành:',
    },
    line: (d) => `${d.childName}: ${d.what}, hạn chót ${d.due} (${d.citation})`,
    open: (link) => `Xem trong Binder:\n${link}`,
    unsubscribe: (link) =>
      `Quý vị nhận được thư này vì đã bật nhắc nhở trong Binder. Thay đổi hoặc tắt nhắc nhở tại đây:\n${link}`,
    digestSubject: (weekOf) => `Các hạn chót của quý vị, tuần bắt đầu ${weekOf}`,
    digestLead: 'Các hạn chót chưa hoàn thành của những trẻ mà quý vị theo dõi: đã quá hạn và trong hai tuần tới.',
    noDeadlines: 'Không có hạn chót nào chưa hoàn thành trong hai tuần tới.',
  },
  'zh-Hans': {
    subject: {
      'week-before': (d) => `还有一周：${d.childName}的${d.what}（${d.due}）`,
      'day-before': (d) => `明天：${d.childName}的${d.what}（${d.due}）`,
      passed: (d) => `已过期未完成：${d.childName}的${d.what}（${d.due}）`,
    },
    lead: {
      'week-before': '这个截止日期还有一周：',
      'day-before': '这个截止日期是明天：',
      passed: '这个截止日期已过，Binder 中没有已完成的记录：',
    },
    line: (d) => `${d.childName}：${d.what}，截止日期 ${d.due}（${d.citation}）`,
    open: (link) => `在 Binder 中查看：\n${link}`,
    unsubscribe: (link) => `您收到本邮件，是因为您在 Binder 中开启了提醒。在这里更改或停止提醒：\n${link}`,
    digestSubject: (weekOf) => `您的截止日期（${weekOf}当周）`,
    digestLead: '您关注的孩子尚未完成的截止日期：已逾期的和未来两周内的。',
    noDeadlines: '未来两周内没有未完成的截止日期。',
  },
  ar: {
    subject: {
      'week-before': (d) => `بعد أسبوع: ${d.what} الخاص بـ ${d.childName} (${d.due})`,
      'day-before': (d) => `غدًا: ${d.what} الخاص بـ ${d.childName} (${d.due})`,
      passed: (d) => `انقضى دون تنفيذ: ${d.what} الخاص بـ ${d.childName} (${d.due})`,
    },
    lead: {
      'week-before': 'يحل هذا الموعد النهائي بعد أسبوع:',
      'day-before': 'يحل هذا الموعد النهائي غدًا:',
      passed: 'انقضى هذا الموعد النهائي وليس لدى Binder ما يثبت الوفاء به:',
    },
    line: (d) => `${d.childName}: ${d.what}، الموعد النهائي ${d.due} (${d.citation})`,
    open: (link) => `اطّلع عليه في Binder:\n${link}`,
    unsubscribe: (link) => `تصلك هذه الرسالة لأنك فعّلت التذكيرات في Binder. يمكنك تغييرها أو إيقافها من هنا:\n${link}`,
    digestSubject: (weekOf) => `مواعيدك النهائية، أسبوع ${weekOf}`,
    digestLead:
      'المواعيد النهائية المفتوحة للأطفال الذين تتابعهم: المتأخرة منها وتلك التي تحل خلال الأسبوعين القادمين.',
    noDeadlines: 'لا توجد مواعيد نهائية مفتوحة خلال الأسبوعين القادمين.',
  },
};

export function reminderMail(
  language: MailTextLanguage,
  kind: ReminderKind,
  input: { name: string; deadline: ReminderDeadline; unsubscribeLink: string },
): MailText {
  const words = REMINDER_WORDS[language];
  const d = input.deadline;
  return {
    subject: words.subject[kind](d),
    body: lines(
      language,
      HELLO[language](input.name),
      `${words.lead[kind]}\n${words.line(d)}`,
      words.open(d.link),
      words.unsubscribe(input.unsubscribeLink),
    ),
  };
}

export function weeklyDigestMail(
  language: MailTextLanguage,
  input: { name: string; weekOf: string; deadlines: readonly ReminderDeadline[]; unsubscribeLink: string },
): MailText {
  const words = REMINDER_WORDS[language];
  const list =
    input.deadlines.length === 0
      ? words.noDeadlines
      : input.deadlines.map((d) => `- ${words.line(d)}\n  ${d.link}`).join('\n');
  return {
    subject: words.digestSubject(input.weekOf),
    body: lines(
      language,
      HELLO[language](input.name),
      words.digestLead,
      list,
      words.unsubscribe(input.unsubscribeLink),
    ),
  };
}

type InvitedRole = 'co-parent' | 'advocate' | 'school-staff';

interface Invitation {
  readonly inviterName: string;
  readonly childName: string;
  readonly role: InvitedRole;
  readonly link: string;
  readonly expiresOn: string;
}

const ROLES: Readonly<Record<MailTextLanguage, Readonly<Record<InvitedRole, string>>>> = {
  en: { 'co-parent': 'a co-parent or guardian', advocate: 'an advocate', 'school-staff': 'school staff' },
  es: { 'co-parent': 'madre, padre o tutor', advocate: 'defensor', 'school-staff': 'personal escolar' },
  vi: {
    'co-parent': 'cha mẹ cùng nuôi con hoặc người giám hộ',
    advocate: 'người biện hộ',
    'school-staff': 'nhân viên nhà trường',
  },
  'zh-Hans': { 'co-parent': '共同抚养的家长或监护人', advocate: '倡导者', 'school-staff': '学校工作人员' },
  ar: { 'co-parent': 'ولي أمر مشارك أو وصي', advocate: 'مدافع', 'school-staff': 'أحد موظفي المدرسة' },
};

const INVITATION: Mail<Invitation> = {
  en: (input) => ({
    subject: `${input.inviterName} invites you to ${input.childName}'s record in Binder`,
    body: lines(
      'en',
      'Hello,',
      `${input.inviterName} invites you to see ${input.childName}'s record in Binder, as ${ROLES.en[input.role]}.`,
      `Open this link, sign in or create an account, and accept. It works once, until ${input.expiresOn}:\n${input.link}`,
      'If you did not expect this invitation, ignore this message.',
    ),
  }),
  es: (input) => ({
    subject: `${input.inviterName} le invita a ver el expediente de ${input.childName} en Binder`,
    body: lines(
      'es',
      'Hola:',
      `${input.inviterName} le invita a ver el expediente de ${input.childName} en Binder, como ${ROLES.es[input.role]}.`,
      `Abra este enlace, inicie sesión o cree una cuenta, y acepte. Funciona una vez, hasta el ${input.expiresOn}:\n${input.link}`,
      'Si no esperaba esta invitación, ignore este mensaje.',
    ),
  }),
  vi: (input) => ({
    subject: `${input.inviterName} mời quý vị xem hồ sơ của ${input.childName} trong Binder`,
    body: lines(
      'vi',
      'Xin chào,',
      `${input.inviterName} mời quý vị xem hồ sơ của ${input.childName} trong Binder, với vai trò ${ROLES.vi[input.role]}.`,
      `Hãy mở liên kết này, đăng nhập hoặc tạo tài khoản, rồi chấp nhận lời mời. Liên kết chỉ dùng được một lần, cho đến ${input.expiresOn}:\n${input.link}`,
      'Nếu quý vị không mong đợi lời mời này, hãy bỏ qua thư này.',
    ),
  }),
  'zh-Hans': (input) => ({
    subject: `${input.inviterName} 邀请您在 Binder 中查看 ${input.childName} 的档案`,
    body: lines(
      'zh-Hans',
      '您好：',
      `${input.inviterName} 邀请您以${ROLES['zh-Hans'][input.role]}的身份在 Binder 中查看 ${input.childName} 的档案。`,
      `请打开此链接，登录或创建帐户，然后接受邀请。此链接只能使用一次，有效期至 ${input.expiresOn}：\n${input.link}`,
      '如果您没有预料到这份邀请，请忽略本邮件。',
    ),
  }),
  ar: (input) => ({
    subject: `يدعوك ${input.inviterName} إلى الاطلاع على ملف ${input.childName} في Binder`,
    body: lines(
      'ar',
      'مرحبًا،',
      `يدعوك ${input.inviterName} إلى الاطلاع على ملف ${input.childName} في Binder، بصفتك ${ROLES.ar[input.role]}.`,
      `افتح هذا الرابط، وسجّل الدخول أو أنشئ حسابًا، ثم اقبل الدعوة. يعمل الرابط مرة واحدة، حتى ${input.expiresOn}:\n${input.link}`,
      'إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.',
    ),
  }),
};

export function invitationMail(language: MailTextLanguage, input: Invitation): MailText {
  return INVITATION[language](input);
}
