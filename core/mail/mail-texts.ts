/**
 * The words of every message Binder sends, in English and Spanish (docs/decisions/0041). Pure: the server fills
 * in names, dates and links. Links are whole URLs built by the server from the public address.
 */
export type MailLanguage = 'en' | 'es';

export interface MailText {
  readonly subject: string;
  readonly body: string;
}

/** The language of an Accept-Language header (or a stored choice): Spanish when it comes first, else English. */
export function mailLanguageOf(header: string | null | undefined): MailLanguage {
  return header?.trim().toLowerCase().startsWith('es') === true ? 'es' : 'en';
}

const SIGNATURE: Record<MailLanguage, string> = {
  en: '— Binder, the IEP & 504 plan workspace',
  es: '— Binder, el espacio de trabajo para planes IEP y 504',
};

function lines(language: MailLanguage, ...paragraphs: string[]): string {
  return [...paragraphs, SIGNATURE[language]].join('\n\n') + '\n';
}

export function passwordResetMail(language: MailLanguage, input: { name: string; link: string }): MailText {
  if (language === 'es')
    return {
      subject: 'Restablecer su contraseña de Binder',
      body: lines(
        'es',
        `Hola, ${input.name}:`,
        `Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta de Binder. Abra este enlace en los próximos 30 minutos para elegir una nueva; solo funciona una vez:\n${input.link}`,
        'Al cambiarla se cierran todas las sesiones abiertas. Si no lo pidió, ignore este mensaje: su contraseña sigue igual.',
      ),
    };
  return {
    subject: 'Reset your Binder password',
    body: lines(
      'en',
      `Hello ${input.name},`,
      `Someone (we hope you) asked to reset the password of your Binder account. Open this link within 30 minutes to choose a new one; it works once:\n${input.link}`,
      'Changing it signs out every open session. If you did not ask, ignore this message: your password stays the same.',
    ),
  };
}

export function verifyEmailMail(language: MailLanguage, input: { name: string; link: string }): MailText {
  if (language === 'es')
    return {
      subject: 'Confirme su dirección de correo en Binder',
      body: lines(
        'es',
        `Hola, ${input.name}:`,
        `Abra este enlace para confirmar que esta dirección es suya:\n${input.link}`,
        'Si no creó una cuenta en Binder, ignore este mensaje.',
      ),
    };
  return {
    subject: 'Confirm your e-mail address for Binder',
    body: lines(
      'en',
      `Hello ${input.name},`,
      `Open this link to confirm this address is yours:\n${input.link}`,
      'If you did not create a Binder account, ignore this message.',
    ),
  };
}

export function signUpAttemptMail(language: MailLanguage, input: { name: string; link: string }): MailText {
  if (language === 'es')
    return {
      subject: 'Alguien intentó crear una cuenta de Binder con su dirección',
      body: lines(
        'es',
        `Hola, ${input.name}:`,
        'Alguien intentó crear una cuenta nueva de Binder con esta dirección de correo, que ya tiene cuenta. No se creó nada ni se le dijo que la cuenta existe.',
        `Si fue usted y olvidó su contraseña, puede restablecerla aquí:\n${input.link}`,
      ),
    };
  return {
    subject: 'Someone tried to sign up to Binder with your address',
    body: lines(
      'en',
      `Hello ${input.name},`,
      'Someone tried to create a new Binder account with this e-mail address, which already has one. Nothing was created, and they were not told that the account exists.',
      `If it was you and you forgot your password, you can reset it here:\n${input.link}`,
    ),
  };
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

const UNSUBSCRIBE: Record<MailLanguage, (link: string) => string> = {
  en: (link) => `You get this because you turned on reminders in Binder. Change them or stop them here:\n${link}`,
  es: (link) => `Recibe este mensaje porque activó los recordatorios en Binder. Cámbielos o deténgalos aquí:\n${link}`,
};

function deadlineLine(language: MailLanguage, d: ReminderDeadline): string {
  return language === 'es'
    ? `${d.childName}: ${d.what}, vence el ${d.due} (${d.citation})`
    : `${d.childName}: ${d.what}, due ${d.due} (${d.citation})`;
}

export function reminderMail(
  language: MailLanguage,
  kind: ReminderKind,
  input: { name: string; deadline: ReminderDeadline; unsubscribeLink: string },
): MailText {
  const d = input.deadline;
  const es = language === 'es';
  const subject = {
    'week-before': es
      ? `En una semana: ${d.what} de ${d.childName} (${d.due})`
      : `In a week: ${d.childName}'s ${d.what} (${d.due})`,
    'day-before': es
      ? `Mañana: ${d.what} de ${d.childName} (${d.due})`
      : `Tomorrow: ${d.childName}'s ${d.what} (${d.due})`,
    passed: es
      ? `Venció sin cumplirse: ${d.what} de ${d.childName} (${d.due})`
      : `Passed unmet: ${d.childName}'s ${d.what} (${d.due})`,
  }[kind];
  const lead = {
    'week-before': es ? 'Este plazo vence en una semana:' : 'This deadline is a week away:',
    'day-before': es ? 'Este plazo vence mañana:' : 'This deadline is tomorrow:',
    passed: es
      ? 'Este plazo pasó y Binder no tiene registrado que se haya cumplido:'
      : 'This deadline has passed and Binder has no record that it was met:',
  }[kind];
  const open = es ? `Véalo en Binder:\n${d.link}` : `See it in Binder:\n${d.link}`;
  return {
    subject,
    body: lines(
      language,
      es ? `Hola, ${input.name}:` : `Hello ${input.name},`,
      `${lead}\n${deadlineLine(language, d)}`,
      open,
      UNSUBSCRIBE[language](input.unsubscribeLink),
    ),
  };
}

export function weeklyDigestMail(
  language: MailLanguage,
  input: { name: string; weekOf: string; deadlines: readonly ReminderDeadline[]; unsubscribeLink: string },
): MailText {
  const es = language === 'es';
  const list =
    input.deadlines.length === 0
      ? es
        ? 'No hay plazos abiertos en las próximas dos semanas.'
        : 'No open deadlines in the next two weeks.'
      : input.deadlines.map((d) => `- ${deadlineLine(language, d)}\n  ${d.link}`).join('\n');
  return {
    subject: es ? `Sus plazos, semana del ${input.weekOf}` : `Your deadlines, week of ${input.weekOf}`,
    body: lines(
      language,
      es ? `Hola, ${input.name}:` : `Hello ${input.name},`,
      es
        ? 'Plazos abiertos de los niños que usted sigue: vencidos y de las próximas dos semanas.'
        : 'Open deadlines of the children you follow: overdue and in the next two weeks.',
      list,
      UNSUBSCRIBE[language](input.unsubscribeLink),
    ),
  };
}

export function invitationMail(
  language: MailLanguage,
  input: {
    inviterName: string;
    childName: string;
    role: 'co-parent' | 'advocate' | 'school-staff';
    link: string;
    expiresOn: string;
  },
): MailText {
  const roles = {
    en: { 'co-parent': 'a co-parent or guardian', advocate: 'an advocate', 'school-staff': 'school staff' },
    es: { 'co-parent': 'madre, padre o tutor', advocate: 'defensor', 'school-staff': 'personal escolar' },
  }[language];
  if (language === 'es')
    return {
      subject: `${input.inviterName} le invita a ver el expediente de ${input.childName} en Binder`,
      body: lines(
        'es',
        'Hola:',
        `${input.inviterName} le invita a ver el expediente de ${input.childName} en Binder, como ${roles[input.role]}.`,
        `Abra este enlace, inicie sesión o cree una cuenta, y acepte. Funciona una vez, hasta el ${input.expiresOn}:\n${input.link}`,
        'Si no esperaba esta invitación, ignore este mensaje.',
      ),
    };
  return {
    subject: `${input.inviterName} invites you to ${input.childName}'s record in Binder`,
    body: lines(
      'en',
      'Hello,',
      `${input.inviterName} invites you to see ${input.childName}'s record in Binder, as ${roles[input.role]}.`,
      `Open this link, sign in or create an account, and accept. It works once, until ${input.expiresOn}:\n${input.link}`,
      'If you did not expect this invitation, ignore this message.',
    ),
  };
}
