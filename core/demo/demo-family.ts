import { addDays } from '../calendar/add-days';
import { epochDayFromParts, isoWeekday, partsFromEpochDay, toEpochDay, fromEpochDay } from '../calendar/epoch-day';
import { MONTH_NAMES } from '../calendar/format-long-date';
import { composeLetter } from '../letters/compose-letter';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import type { EditedLetter } from '../schemas/letter-content';
import type { LetterLanguage } from '../schemas/letters';
import { compileSchoolCalendar } from '../calendar/school-calendar';
import type { SchoolCalendar } from '../schemas/school-calendar';

/**
 * The fictional demo family loaded by `binder demo` and the home page's "load a demo family" link. Every name,
 * school and date is invented. The dates are placed relative to the day it is loaded (`today`, from the server's
 * clock), so the demo always looks lived-in: one deadline already missed, several coming in the next weeks, a
 * meeting held and one coming, two versions of the IEP to compare, messages, a sent letter, progress scores up to
 * last week, and a 504 review coming within 30 days. The family's own words (its notes of meetings and messages)
 * are in the language of the person loading it, any of the five reading languages; the school's documents (the
 * plans, whose goals and present levels Binder's goal checks analyse) and the letter the family sent are in the
 * writing language (docs/decisions/0045): Spanish for a Spanish reader, English otherwise.
 */
export type DemoLanguage = 'en' | 'es' | 'vi' | 'zh-Hans' | 'ar';

/** The language the demo's school documents and sent letter are written in, for a reader of `language`. */
export function demoWritingLanguage(language: DemoLanguage): LetterLanguage {
  return language === 'es' ? 'es' : 'en';
}

/** One version of a demo plan, oldest first. */
export interface DemoPlanVersion {
  readonly effectiveFrom: string;
  readonly reason: 'initial' | 'annual' | 'amendment';
  /** The contents (core/schemas/iep.ts or plan-504.ts, before defaults). */
  readonly content: Record<string, unknown>;
}

export interface DemoStudent {
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly jurisdiction: string;
  readonly school: string;
  readonly district: string;
  readonly grade: string;
  readonly homeLanguages: readonly string[];
  readonly plan: {
    readonly framework: 'iep' | '504';
    /** The first version's date: the plan's span starts here. */
    readonly effectiveFrom: string;
    /** Final versions, oldest first; the last is the one in effect. */
    readonly versions: readonly DemoPlanVersion[];
  };
  /** Case events in the shape of docs/case-file-contract.md. */
  readonly events: readonly ({ readonly type: string; readonly date: string } & Record<string, unknown>)[];
  /** The school calendar as the family entered it (docs/case-file-contract.md `calendar`). */
  readonly calendar: SchoolCalendar;
  /** Meetings (core/schemas/meeting.ts input), held and coming. */
  readonly meetings: readonly Record<string, unknown>[];
  /** Communication log entries (core/schemas/communication.ts input), besides the letters' own. */
  readonly communications: readonly Record<string, unknown>[];
  /** Letters the family sent; each also records its implied event and a communication entry when loaded. */
  readonly letters: readonly EditedLetter[];
  /** Sessions of the IEP's services as the providers logged them (core/schemas/service-log.ts input). */
  readonly serviceLog?: readonly DemoSession[];
  /** Progress scores per goal of the version in effect. */
  readonly progress: readonly {
    readonly goalId: string;
    readonly points: readonly { readonly date: string; readonly value: number; readonly note?: string }[];
  }[];
}

export interface DemoSession {
  readonly service: string;
  readonly date: string;
  readonly minutes: number;
  readonly status: 'delivered' | 'missed';
  readonly reason?: 'provider-absent' | 'student-absent';
}

/**
 * A provider's log of a weekly service from `from` to the day before `today`: a session on each of the first
 * `sessionsOn(day)` school days of every week (never fewer minutes than the week requires, docs/decisions/0033),
 * except `missedOn`, logged as missed with the provider absent, so the services ledger shows minutes owed.
 */
function weeklyLog(options: {
  readonly calendar: SchoolCalendar;
  readonly service: string;
  readonly minutes: number;
  readonly from: string;
  readonly today: string;
  readonly sessionsOn: (day: string) => number;
  readonly missedOn: ReadonlySet<number>;
}): DemoSession[] {
  const sessions: DemoSession[] = [];
  let week = -1;
  let inWeek = 0;
  let index = 0;
  for (const epochDay of compileSchoolCalendar(options.calendar).schoolDays) {
    const date = fromEpochDay(epochDay);
    if (date < options.from || date >= options.today) continue;
    const monday = epochDay - (isoWeekday(epochDay) - 1);
    if (monday !== week) {
      week = monday;
      inWeek = 0;
    }
    if (inWeek >= options.sessionsOn(date)) continue;
    inWeek++;
    const missed = options.missedOn.has(index++);
    sessions.push({
      service: options.service,
      date,
      minutes: options.minutes,
      status: missed ? 'missed' : 'delivered',
      ...(missed ? { reason: 'provider-absent' as const } : {}),
    });
  }
  return sessions;
}

export interface DemoFamily {
  readonly name: string;
  readonly students: readonly DemoStudent[];
}

/** The Monday-to-Friday `weekday` (1 = Monday) that is the `nth` of its kind in a month (nth 4 = fourth). */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = epochDayFromParts(year, month, 1);
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return first + offset + (nth - 1) * 7;
}

/**
 * The fictional Riverbend district's calendar, as a family would copy it from the district's website: first and
 * last days of each school year around `today`, with the holidays and breaks inside them. Texas counts the initial
 * evaluation in school days, so with it the demo's deadlines have dates instead of "date unknown".
 */
export function riverbendCalendar(today: string): SchoolCalendar {
  const { year } = partsFromEpochDay(toEpochDay(today));
  const terms: { start: string; end: string }[] = [];
  const closed: (string | { start: string; end: string })[] = [];
  for (let y = year - 4; y <= year + 1; y++) {
    const laborDay = nthWeekday(y, 9, 1, 1);
    const thanksgiving = nthWeekday(y, 11, 4, 4);
    const springBreak = nthWeekday(y + 1, 3, 1, 3);
    terms.push({ start: fromEpochDay(nthWeekday(y, 8, 3, 2)), end: fromEpochDay(nthWeekday(y + 1, 5, 5, 4)) });
    closed.push(
      fromEpochDay(laborDay),
      { start: fromEpochDay(thanksgiving - 3), end: fromEpochDay(thanksgiving + 1) },
      { start: `${String(y)}-12-22`, end: `${String(y + 1)}-01-02` },
      fromEpochDay(nthWeekday(y + 1, 1, 1, 3)),
      { start: fromEpochDay(springBreak), end: fromEpochDay(springBreak + 4) },
    );
  }
  return { terms, closed };
}

/** "November 2026" / "noviembre de 2026". */
function monthAndYear(date: string, language: LetterLanguage): string {
  const { year, month } = partsFromEpochDay(toEpochDay(date));
  const name = MONTH_NAMES[language][month - 1] ?? '';
  return language === 'en' ? `${name} ${String(year)}` : `${name} de ${String(year)}`;
}

/** Dates every `everyDays` days counted back from `until` (included), all after `from`, oldest first. */
function datesBackFrom(until: string, from: string, everyDays: number): string[] {
  const dates: string[] = [];
  for (let day = until; day > from; day = addDays(day, -everyDays)) dates.unshift(day);
  return dates;
}

/** A small repeatable wobble, so the probes look like real scores without randomness. */
const WOBBLE = [0, 3, -2, 4, -3, 1, -1, 2, -4, 3];

/**
 * The demo family as of `today` (`YYYY-MM-DD`, the server's date), with its words in `language`.
 * Pure: the same day and language give the same family.
 */
export function demoFamily(today: string, language: DemoLanguage = 'en'): DemoFamily {
  const writing = demoWritingLanguage(language);
  /** The school's documents and the sent letter: in the writing language. */
  const p = (en: string, es: string): string => (writing === 'es' ? es : en);
  /** The family's own words: in the reader's language. */
  const w = (en: string, es: string, vi: string, zhHans: string, ar: string): string =>
    ({ en, es, vi, 'zh-Hans': zhHans, ar })[language];
  const day = (offset: number): string => addDays(today, offset);
  const calendar = riverbendCalendar(today);
  const { year } = partsFromEpochDay(toEpochDay(today));

  // Maya: initial IEP a little under two years ago; annual meeting 340 days ago, so the next annual review is 25 days away;
  // an amendment 60 days ago (version 2); the annual meeting is set for 18 days from now.
  const annualHeld = day(-340);
  const amendmentHeld = day(-60);
  const nextAnnual = day(18);
  const goalDate = day(25);
  const readingBaseline = { value: 62, date: day(-345) };
  const readingGoal = (target: number) => ({
    id: 'demo-goal-reading',
    area: p('Reading fluency', 'Fluidez lectora'),
    statement: p(
      `By ${monthAndYear(goalDate, 'en')}, given a 6th-grade passage, Maya will read ${String(target)} words correct per minute in 3 of 4 weekly probes.`,
      `Para ${monthAndYear(goalDate, 'es')}, con un texto de 6.º grado, Maya leerá ${String(target)} palabras correctas por minuto en 3 de 4 pruebas semanales.`,
    ),
    direction: 'increase',
    unit: p('words correct per minute', 'palabras correctas por minuto'),
    baseline: readingBaseline,
    target: { value: target, date: goalDate },
    measurementMethod: p(
      'Weekly one-minute oral reading fluency probes (curriculum-based measurement)',
      'Pruebas semanales de fluidez lectora oral de un minuto (medición basada en el currículo)',
    ),
    reportingSchedule: p('Every grading period, with the report card', 'Cada periodo de calificaciones, con la boleta'),
  });
  const writingGoal = {
    id: 'demo-goal-writing',
    area: p('Written expression', 'Expresión escrita'),
    statement: p(
      `By ${monthAndYear(goalDate, 'en')}, given a writing prompt, Maya will write a paragraph with a topic sentence and three supporting details in 4 of 5 samples.`,
      `Para ${monthAndYear(goalDate, 'es')}, a partir de una consigna, Maya escribirá un párrafo con una oración principal y tres detalles de apoyo en 4 de 5 muestras.`,
    ),
    direction: 'increase',
    unit: p('samples meeting the rubric (of 5)', 'muestras que cumplen la rúbrica (de 5)'),
    baseline: { value: 1, date: day(-345) },
    target: { value: 4, date: goalDate },
    measurementMethod: p(
      'Writing samples scored with the district paragraph rubric',
      'Muestras de escritura calificadas con la rúbrica de párrafos del distrito',
    ),
    reportingSchedule: p('Every grading period, with the report card', 'Cada periodo de calificaciones, con la boleta'),
  };
  const service = (
    id: string,
    kind: string,
    name: string,
    minutes: number,
    sessions: number,
    where: string,
    who: string,
  ) => ({
    id,
    kind,
    name,
    startDate: day(-339),
    endDate: day(26),
    minutesPerSession: minutes,
    sessionsPerPeriod: sessions,
    period: 'week',
    location: where,
    providerRole: who,
  });
  const mayaContent = (amended: boolean): Record<string, unknown> => ({
    presentLevels: {
      academic: p(
        'On grade-level passages Maya reads 62 words correct per minute (fall benchmark, 6th-grade median 140). She answers literal questions well and inferential questions with support.',
        'Con textos de su grado Maya lee 62 palabras correctas por minuto (evaluación de otoño; la mediana de 6.º grado es 140). Responde bien a preguntas literales y a las inferenciales con apoyo.',
      ),
      functional: p(
        'Maya follows routines independently and asks for help when she is stuck.',
        'Maya sigue las rutinas sola y pide ayuda cuando se atasca.',
      ),
      disabilityImpact: p(
        'Her specific learning disability in reading slows her decoding, so she needs more time and support to read grade-level texts in science and social studies.',
        'Su discapacidad específica del aprendizaje en lectura hace lenta su decodificación, así que necesita más tiempo y apoyo para leer textos de su grado en ciencias y estudios sociales.',
      ),
    },
    goals: [readingGoal(amended ? 90 : 100), writingGoal],
    services: [
      service(
        'demo-service-reading',
        'special-education',
        p('Specialized reading instruction', 'Instrucción especializada de lectura'),
        45,
        4,
        p('Resource room', 'Aula de recursos'),
        p('Special education teacher', 'Maestra de educación especial'),
      ),
      service(
        'demo-service-speech',
        'related',
        p('Speech-language therapy', 'Terapia del habla y lenguaje'),
        30,
        amended ? 3 : 2,
        p('Speech room', 'Sala de terapia del habla'),
        p('Speech-language pathologist', 'Patóloga del habla y lenguaje'),
      ),
    ],
    accommodations: [
      p('Extended time (1.5×) on tests and assignments', 'Tiempo adicional (1.5×) en exámenes y tareas'),
      p(
        'Text-to-speech for science and social studies texts',
        'Lectura en voz alta por computadora para los textos de ciencias y estudios sociales',
      ),
      ...(amended
        ? [p('A copy of class notes before each unit', 'Una copia de los apuntes de clase antes de cada unidad')]
        : []),
    ],
    leastRestrictiveEnvironment: {
      percentInGeneralClass: 85,
      explanation: p(
        'Maya leaves the general classroom only for specialized reading instruction.',
        'Maya sale del aula general solo para la instrucción especializada de lectura.',
      ),
    },
  });

  // Reading probes every week from the baseline to within the last week; writing samples every four weeks.
  const lastProbe = day(-3);
  const readingDates = datesBackFrom(lastProbe, readingBaseline.date, 7);
  const readingPoints = readingDates.map((date, i) => ({
    date,
    value: Math.round(62 + (24 * (i + 1)) / readingDates.length) + (WOBBLE[i % WOBBLE.length] ?? 0),
  }));
  // Every fourth reading probe's week, counted back from the latest, so both goals have a score from last week.
  const writingDates = readingDates.filter((_, i) => (readingDates.length - 1 - i) % 4 === 0);
  const writingPoints = writingDates.map((date, i) => ({
    date,
    value: Math.min(5, 1 + Math.floor((3 * (i + 1)) / writingDates.length)),
  }));

  const maya = { name: 'Maya Rivera', birthDate: `${String(year - 12)}-03-14` };
  const recordsLetter = composeLetter(
    {
      kind: 'records-request',
      language: writing,
      date: day(-50),
      parent: {
        name: 'Ana Rivera',
        relationship: 'mother',
        addressLines: ['123 Willow Lane', 'Riverbend, TX 78000'],
        email: 'ana.rivera@example.org',
      },
      student: {
        name: maya.name,
        birthDate: maya.birthDate,
        grade: '6',
        school: 'Lincoln Park Middle School (fictional)',
      },
      district: 'Riverbend Independent School District (fictional)',
      recipient: {
        name: 'Dr. Helen Park',
        title: p('Director of Special Education', 'Directora de Educación Especial'),
      },
      meetingDate: nextAnnual,
    },
    jurisdictionFacts('TX'),
  );
  const { impliedEvent: _implied, plainText: _plain, ...sentLetter } = recordsLetter;

  const team = [
    { name: 'Ana Rivera', role: 'parent' },
    { name: 'Ms. Lopez', role: 'special-education-teacher' },
    { name: 'Mr. Chen', role: 'regular-education-teacher' },
    { name: 'Dr. Helen Park', role: 'agency-representative' },
  ];

  return {
    name: w(
      'Rivera family (demo)',
      'Familia Rivera (demo)',
      'Gia đình Rivera (bản minh họa)',
      'Rivera 一家（演示）',
      'عائلة Rivera (تجريبية)',
    ),
    students: [
      {
        givenName: 'Maya',
        familyName: 'Rivera',
        birthDate: maya.birthDate,
        jurisdiction: 'TX',
        school: 'Lincoln Park Middle School (fictional)',
        district: 'Riverbend Independent School District (fictional)',
        grade: '6',
        homeLanguages: ['es', 'en'],
        plan: {
          framework: 'iep',
          effectiveFrom: day(-704),
          versions: [
            { effectiveFrom: day(-704), reason: 'initial', content: mayaContent(false) },
            { effectiveFrom: day(-339), reason: 'annual', content: mayaContent(false) },
            { effectiveFrom: day(-59), reason: 'amendment', content: mayaContent(true) },
          ],
        },
        calendar,
        // Reading delivered as written all year; speech-language therapy too, except two recent sessions the
        // provider missed (never made up): the services ledger shows those minutes owed.
        serviceLog: [
          ...weeklyLog({
            calendar,
            service: p('Specialized reading instruction', 'Instrucción especializada de lectura'),
            minutes: 45,
            from: day(-339),
            today,
            sessionsOn: () => 4,
            missedOn: new Set(),
          }),
          ...(() => {
            const speech = weeklyLog({
              calendar,
              service: p('Speech-language therapy', 'Terapia del habla y lenguaje'),
              minutes: 30,
              from: day(-339),
              today,
              sessionsOn: (date) => (date >= day(-59) ? 3 : 2),
              missedOn: new Set(),
            });
            // The 10th and the 4th session before the last: a few weeks back, in weeks that have ended.
            const missed = new Set([speech.length - 10, speech.length - 4]);
            return speech.map((session, i) =>
              missed.has(i) ? { ...session, status: 'missed' as const, reason: 'provider-absent' as const } : session,
            );
          })(),
        ],
        events: [
          { type: 'evaluation-requested', date: day(-790), by: 'parent' },
          { type: 'evaluation-consent-received', date: day(-781) },
          { type: 'evaluation-completed', date: day(-735), kind: 'initial' },
          { type: 'eligibility-determined', date: day(-720), framework: 'idea', eligible: true },
          { type: 'iep-meeting-held', date: day(-705), purpose: 'initial', transition: false },
          { type: 'safeguards-notice-given', date: day(-705) },
          { type: 'plan-started', date: day(-704), framework: 'iep' },
          { type: 'iep-meeting-held', date: annualHeld, purpose: 'annual', transition: false },
          { type: 'safeguards-notice-given', date: annualHeld },
          { type: 'iep-meeting-held', date: amendmentHeld, purpose: 'amendment', transition: false },
          { type: 'meeting-scheduled', date: day(-20), kind: 'iep', meetingDate: nextAnnual },
        ],
        meetings: [
          {
            date: amendmentHeld,
            framework: 'iep',
            purpose: 'amendment',
            attendees: team,
            parentConcerns: w(
              'Maya is tired after school and her reading scores have stopped rising.',
              'Maya llega cansada de la escuela y sus puntajes de lectura dejaron de subir.',
              'Maya mệt mỏi sau giờ học và điểm đọc của em đã ngừng tăng.',
              'Maya 放学后很累，她的阅读分数也不再提高了。',
              'تعود Maya من المدرسة متعبة، وتوقفت درجاتها في القراءة عن الارتفاع.',
            ),
            decisions: w(
              'Speech therapy goes from two to three sessions a week; the reading goal is set at 90 words per minute; Maya gets class notes before each unit.',
              'La terapia del habla pasa de dos a tres sesiones por semana; la meta de lectura queda en 90 palabras por minuto; Maya recibe los apuntes antes de cada unidad.',
              'Trị liệu ngôn ngữ tăng từ hai lên ba buổi mỗi tuần; mục tiêu đọc được đặt ở mức 90 từ mỗi phút; Maya được nhận bài ghi chép của lớp trước mỗi bài học.',
              '言语治疗从每周两次增加到三次；阅读目标定为每分钟90个单词；Maya 在每个单元开始前拿到课堂笔记。',
              'تزيد جلسات علاج النطق من جلستين إلى ثلاث جلسات في الأسبوع؛ ويُحدَّد هدف القراءة عند 90 كلمة في الدقيقة؛ وتحصل Maya على ملاحظات الدروس قبل كل وحدة.',
            ),
            followUps: [
              {
                text: w(
                  'Send the amended IEP to the family',
                  'Enviar el IEP modificado a la familia',
                  'Gửi IEP đã sửa đổi cho gia đình',
                  '把修订后的 IEP 发给家长',
                  'إرسال IEP المعدَّل إلى العائلة',
                ),
                owner: 'Ms. Lopez',
                due: day(-50),
                isDone: true,
              },
            ],
          },
          {
            date: nextAnnual,
            framework: 'iep',
            purpose: 'annual',
            // Still to come: scheduled, with the notice the family got (the meeting-scheduled event above).
            status: 'scheduled',
            time: '15:30',
            noticeDate: day(-20),
            invited: team,
            followUps: [
              {
                text: w(
                  'Ask for the draft IEP before the meeting',
                  'Pedir el borrador del IEP antes de la reunión',
                  'Xin bản dự thảo IEP trước cuộc họp',
                  '在会议前索取 IEP 草案',
                  'طلب مسودة IEP قبل الاجتماع',
                ),
                owner: 'Ana Rivera',
                due: day(11),
                isDone: false,
              },
            ],
          },
        ],
        communications: [
          {
            date: day(-75),
            channel: 'email',
            direction: 'from-school',
            counterpart: w(
              'Ms. Lopez, case manager',
              'Sra. Lopez, encargada del caso',
              'Cô Lopez, người quản lý hồ sơ',
              'Lopez 女士，个案管理员',
              'السيدة Lopez، مديرة الحالة',
            ),
            subject: w(
              'Proposal to amend the IEP',
              'Propuesta para modificar el IEP',
              'Đề nghị sửa đổi IEP',
              '修改 IEP 的提议',
              'اقتراح بتعديل IEP',
            ),
            summary: w(
              'Ms. Lopez suggested meeting to add a third speech session after the last progress report.',
              'La Sra. Lopez propuso reunirse para agregar una tercera sesión de terapia del habla tras el último informe de progreso.',
              'Cô Lopez đề nghị họp để thêm buổi trị liệu ngôn ngữ thứ ba sau báo cáo tiến bộ gần nhất.',
              'Lopez 女士建议在上一份进展报告之后开会，增加第三次言语治疗。',
              'اقترحت السيدة Lopez عقد اجتماع لإضافة جلسة ثالثة لعلاج النطق بعد تقرير التقدم الأخير.',
            ),
          },
          {
            date: day(-20),
            channel: 'call',
            direction: 'from-school',
            counterpart: w(
              'Ms. Lopez, case manager',
              'Sra. Lopez, encargada del caso',
              'Cô Lopez, người quản lý hồ sơ',
              'Lopez 女士，个案管理员',
              'السيدة Lopez، مديرة الحالة',
            ),
            subject: w(
              'Annual IEP meeting date',
              'Fecha de la reunión anual del IEP',
              'Ngày họp IEP hằng năm',
              '年度 IEP 会议日期',
              'موعد اجتماع IEP السنوي',
            ),
            summary: w(
              'The school proposed the annual meeting date; we agreed to it.',
              'La escuela propuso la fecha de la reunión anual y aceptamos.',
              'Nhà trường đề xuất ngày họp hằng năm và chúng tôi đã đồng ý.',
              '学校提出了年度会议的日期，我们同意了。',
              'اقترحت المدرسة موعد الاجتماع السنوي ووافقنا عليه.',
            ),
          },
          {
            date: day(-6),
            channel: 'email',
            direction: 'to-school',
            counterpart: w(
              'Ms. Lopez, case manager',
              'Sra. Lopez, encargada del caso',
              'Cô Lopez, người quản lý hồ sơ',
              'Lopez 女士，个案管理员',
              'السيدة Lopez، مديرة الحالة',
            ),
            subject: w(
              'Still waiting for Maya’s records',
              'Seguimos esperando los expedientes de Maya',
              'Vẫn đang chờ hồ sơ của Maya',
              '仍在等待 Maya 的记录',
              'ما زلنا ننتظر سجلات Maya',
            ),
            summary: w(
              'I reminded the school that I asked for Maya’s records and have not received them yet.',
              'Le recordé a la escuela que pedí los expedientes de Maya y todavía no los he recibido.',
              'Tôi đã nhắc nhà trường rằng tôi đã yêu cầu hồ sơ của Maya nhưng vẫn chưa nhận được.',
              '我提醒学校，我已经申请了 Maya 的记录，但还没有收到。',
              'ذكّرت المدرسة بأنني طلبت سجلات Maya ولم أستلمها بعد.',
            ),
          },
        ],
        letters: [sentLetter],
        progress: [
          { goalId: 'demo-goal-reading', points: readingPoints },
          { goalId: 'demo-goal-writing', points: writingPoints },
        ],
      },
      {
        // Her brother was given a 504 plan after his parents asked for an evaluation, without one being done.
        givenName: 'Leo',
        familyName: 'Rivera',
        birthDate: `${String(year - 9)}-07-09`,
        jurisdiction: 'TX',
        school: 'Lincoln Park Elementary School (fictional)',
        district: 'Riverbend Independent School District (fictional)',
        grade: '3',
        homeLanguages: ['es', 'en'],
        plan: {
          framework: '504',
          effectiveFrom: day(-345),
          versions: [
            {
              effectiveFrom: day(-345),
              reason: 'initial',
              content: {
                impairment: p(
                  'Attention-deficit/hyperactivity disorder (ADHD), diagnosed by his pediatrician',
                  'Trastorno por déficit de atención e hiperactividad (TDAH), diagnosticado por su pediatra',
                ),
                majorLifeActivities: ['concentrating', 'learning'],
                accommodations: [
                  {
                    id: 'demo-504-seating',
                    category: 'setting',
                    description: p(
                      'Seat near the teacher, away from the door',
                      'Asiento cerca de la maestra, lejos de la puerta',
                    ),
                    responsible: p('Classroom teacher', 'Maestra del salón'),
                  },
                  {
                    id: 'demo-504-breaks',
                    category: 'timing-scheduling',
                    description: p(
                      'A short movement break every 30 minutes',
                      'Una pausa corta para moverse cada 30 minutos',
                    ),
                    responsible: p('Classroom teacher', 'Maestra del salón'),
                  },
                  {
                    id: 'demo-504-tests',
                    category: 'timing-scheduling',
                    description: p(
                      'Extended time (1.5×) on tests in a quiet room',
                      'Tiempo adicional (1.5×) en exámenes, en un salón tranquilo',
                    ),
                    responsible: p('Classroom teacher and counselor', 'Maestra del salón y consejera'),
                  },
                ],
                reviewDate: day(20),
              },
            },
          ],
        },
        calendar,
        events: [
          { type: 'evaluation-requested', date: day(-380), by: 'parent' },
          // The school answered in writing with a 504 plan, without asking consent to evaluate.
          { type: 'prior-written-notice-given', date: day(-372), subject: 'evaluation' },
          { type: 'plan-started', date: day(-345), framework: '504' },
        ],
        meetings: [
          {
            date: day(-346),
            framework: '504',
            purpose: 'initial',
            attendees: [
              { name: 'Ana Rivera', role: 'parent' },
              { name: 'Ms. Grant', role: 'regular-education-teacher' },
            ],
            decisions: w(
              'Leo gets a 504 plan with seating, movement breaks and extended time.',
              'Leo recibe un plan 504 con asiento preferente, pausas para moverse y tiempo adicional.',
              'Leo được nhận kế hoạch 504 với chỗ ngồi phù hợp, giờ nghỉ để vận động và thêm thời gian.',
              'Leo 获得504计划，包括安排座位、活动休息和延长时间。',
              'يحصل Leo على خطة 504 تشمل مقعدًا مناسبًا واستراحات للحركة ووقتًا إضافيًا.',
            ),
          },
        ],
        communications: [
          {
            date: day(-12),
            channel: 'email',
            direction: 'from-school',
            counterpart: w(
              'Ms. Grant, 3rd-grade teacher',
              'Sra. Grant, maestra de 3.º grado',
              'Cô Grant, giáo viên lớp 3',
              'Grant 女士，三年级老师',
              'السيدة Grant، معلمة الصف الثالث',
            ),
            subject: w(
              'Leo’s 504 review is coming',
              'Se acerca la revisión del 504 de Leo',
              'Sắp đến buổi xem xét kế hoạch 504 của Leo',
              'Leo 的504计划审查快到了',
              'تقترب مراجعة خطة 504 الخاصة بـ Leo',
            ),
            summary: w(
              'The movement breaks help; she suggests talking about homework time at the review.',
              'Las pausas para moverse le ayudan; sugiere hablar del tiempo de tarea en la revisión.',
              'Các giờ nghỉ để vận động giúp ích cho em; cô đề nghị bàn về thời gian làm bài tập ở nhà trong buổi xem xét.',
              '活动休息对他有帮助；老师建议在审查时讨论做作业的时间。',
              'تفيد استراحات الحركة Leo؛ وتقترح المعلمة مناقشة وقت الواجبات المنزلية في المراجعة.',
            ),
          },
        ],
        letters: [],
        progress: [],
      },
    ],
  };
}
