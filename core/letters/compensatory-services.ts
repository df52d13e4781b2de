import type { LetterInputOf } from '../schemas/letters';
import { joinList } from './join-list';
import { cited, READING_LANGUAGES, t } from './letter-draft';
import type { LetterDraft, LetterText, ReadingLanguage } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

type Period = LetterInputOf<'compensatory-services'>['services'][number]['period'];

const PERIOD: Readonly<Record<Period, LetterText>> = {
  day: t('a day', 'al día', 'mỗi ngày', '每天', 'يوميًا'),
  week: t('a week', 'a la semana', 'mỗi tuần', '每周', 'أسبوعيًا'),
  month: t('a month', 'al mes', 'mỗi tháng', '每月', 'شهريًا'),
  year: t('a year', 'al año', 'mỗi năm', '每年', 'سنويًا'),
};

/** Arabic counts: one and two have their own forms, 3–10 take the plural, the rest the singular. */
function arabicMinutes(n: number): string {
  if (n === 1) return 'دقيقة واحدة';
  if (n === 2) return 'دقيقتان';
  const written = n.toLocaleString('en-US');
  return n % 100 >= 3 && n % 100 <= 10 ? `${written} دقائق` : `${written} دقيقة`;
}

/** "1,200 minutes" in each language; Arabic keeps Western digits like the rest of the letter. */
const MINUTES: Readonly<Record<ReadingLanguage, (n: number) => string>> = {
  en: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'minute' : 'minutes'}`,
  es: (n) => `${n.toLocaleString('es-US')} ${n === 1 ? 'minuto' : 'minutos'}`,
  vi: (n) => `${n.toLocaleString('vi-VN')} phút`,
  'zh-Hans': (n) => `${n.toLocaleString('zh-CN')}分钟`,
  ar: arabicMinutes,
};

type Service = LetterInputOf<'compensatory-services'>['services'][number];

/** One service's owed minutes as a list item. */
const OWED_LINE: Readonly<Record<ReadingLanguage, (s: Service) => string>> = {
  en: (s) =>
    `${s.service}: ${MINUTES.en(s.owedMinutes)} owed (the IEP requires ${MINUTES.en(s.minutesPerPeriod)} ${PERIOD[s.period].en})`,
  es: (s) =>
    `${s.service}: se deben ${MINUTES.es(s.owedMinutes)} (el IEP exige ${MINUTES.es(s.minutesPerPeriod)} ${PERIOD[s.period].es})`,
  vi: (s) =>
    `${s.service}: còn thiếu ${MINUTES.vi(s.owedMinutes)} (IEP yêu cầu ${MINUTES.vi(s.minutesPerPeriod)} ${PERIOD[s.period].vi})`,
  'zh-Hans': (s) =>
    `${s.service}：欠${MINUTES['zh-Hans'](s.owedMinutes)}（IEP 要求${PERIOD[s.period]['zh-Hans']}${MINUTES['zh-Hans'](s.minutesPerPeriod)}）`,
  ar: (s) =>
    `${s.service}: ${MINUTES.ar(s.owedMinutes)} لم تُقدَّم (يشترط IEP ${MINUTES.ar(s.minutesPerPeriod)} ${PERIOD[s.period].ar})`,
};

/**
 * A request for compensatory services (issue 21): the minutes of each IEP service the school did not deliver, as the
 * services ledger counts them on `owedAsOf` (docs/decisions/0033). The IEP must be implemented as written
 * (34 CFR 300.323(c)(2)) as part of a free appropriate public education (34 CFR 300.101); a state complaint can order
 * the services (34 CFR 300.151–300.153).
 */
export function compensatoryServices(input: LetterInputOf<'compensatory-services'>): LetterDraft {
  const student = input.student.name;
  const total = input.services.reduce((sum, service) => sum + service.owedMinutes, 0);
  const asOf = longDate(input.owedAsOf);
  const [en, es, vi, zh, ar] = READING_LANGUAGES.map((language) =>
    joinList(input.services.map(OWED_LINE[language]), language),
  );
  const lines = t(en ?? '', es ?? '', vi ?? '', zh ?? '', ar ?? '');
  return {
    subject: t(
      `Request for compensatory services — ${student}`,
      `Solicitud de servicios compensatorios — ${student}`,
      `Yêu cầu dịch vụ bù đắp — ${student}`,
      `申请补偿性服务 — ${student}`,
      `طلب خدمات تعويضية — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `The district must provide ${student} a free appropriate public education and carry out the IEP as written, including every service in it, for the minutes and as often as the IEP says.`,
            `El distrito debe proporcionar a ${student} una educación pública gratuita y apropiada y cumplir el IEP tal como está escrito, incluidos todos sus servicios, con los minutos y la frecuencia que el IEP indica.`,
            `Học khu phải cung cấp cho ${student} giáo dục công lập miễn phí và thích hợp (FAPE) và thực hiện IEP đúng như đã viết, bao gồm mọi dịch vụ trong đó, với số phút và tần suất mà IEP quy định.`,
            `学区必须为 ${student} 提供免费适当公立教育（FAPE），并按书面内容执行 IEP，包括其中的每一项服务，分钟数和频率均须符合 IEP 的规定。`,
            `يجب على المنطقة التعليمية أن توفر لـ ${student} التعليم العام المجاني المناسب (FAPE)، وأن تنفذ IEP كما هو مكتوب، بما في ذلك كل خدمة فيه، بعدد الدقائق والتكرار المنصوص عليهما في IEP.`,
          ),
          '34 CFR 300.101',
          '34 CFR 300.323(c)(2)',
        ),
      ],
      [
        {
          text: t(
            `As of ${asOf.en}, the service records show that these minutes the IEP requires were not delivered, for reasons that were not ${student}’s (make-up sessions already subtracted): ${lines.en}.`,
            `Al ${asOf.es}, los registros de servicios muestran que no se prestaron estos minutos que exige el IEP, por motivos que no fueron de ${student} (ya restadas las sesiones de recuperación): ${lines.es}.`,
            `Tính đến ${asOf.vi}, hồ sơ dịch vụ cho thấy những phút mà IEP yêu cầu sau đây đã không được cung cấp, vì những lý do không phải do ${student} (đã trừ các buổi học bù): ${lines.vi}.`,
            `截至${asOf['zh-Hans']}，服务记录显示，IEP 要求的以下分钟数未能提供，原因并不在于 ${student}（已扣除补课）：${lines['zh-Hans']}。`,
            `حتى ${asOf.ar}، تُظهر سجلات الخدمات أن هذه الدقائق التي يشترطها IEP لم تُقدَّم، لأسباب لا تعود إلى ${student} (بعد خصم جلسات التعويض): ${lines.ar}.`,
          ),
        },
      ],
      [
        cited(
          t(
            `I ask the district to provide compensatory services for these ${MINUTES.en(total)}, by the same kind of provider, at times that do not take ${student} out of other instruction, and to send me in writing a schedule for them and how the services the IEP requires will be delivered from now on.`,
            `Solicito que el distrito preste servicios compensatorios por estos ${MINUTES.es(total)}, con el mismo tipo de proveedor, en horarios que no saquen a ${student} de otras clases, y que me envíe por escrito un calendario para ello y cómo se prestarán en adelante los servicios que exige el IEP.`,
            `Tôi đề nghị học khu cung cấp dịch vụ bù đắp cho ${MINUTES.vi(total)} này, do cùng loại nhân viên cung cấp dịch vụ thực hiện, vào những thời điểm không khiến ${student} phải bỏ các giờ học khác, và gửi cho tôi bằng văn bản lịch thực hiện cũng như cách các dịch vụ mà IEP yêu cầu sẽ được cung cấp từ nay trở đi.`,
            `我请求学区为这${MINUTES['zh-Hans'](total)}提供补偿性服务，由同类服务人员提供，安排在不占用 ${student} 其他课程的时间，并以书面形式寄给我补偿服务的时间表，以及今后将如何提供 IEP 要求的服务。`,
            `أطلب من المنطقة التعليمية تقديم خدمات تعويضية عن هذه الدقائق (${MINUTES.ar(total)})، من قِبل مقدم خدمة من النوع نفسه، في أوقات لا تُخرج ${student} من حصص أخرى، وأن ترسل إليّ كتابيًا جدولًا لها، وكيف ستُقدَّم الخدمات التي يشترطها IEP من الآن فصاعدًا.`,
          ),
          '34 CFR 300.323(c)(2)',
        ),
      ],
      [
        cited(
          t(
            'If we cannot agree, I may file a written state complaint about services that were not provided; the state investigates it and can order compensatory services.',
            'Si no llegamos a un acuerdo, puedo presentar una queja estatal por escrito por los servicios que no se prestaron; el estado la investiga y puede ordenar servicios compensatorios.',
            'Nếu chúng ta không thể thống nhất, tôi có thể nộp đơn khiếu nại cấp tiểu bang bằng văn bản về các dịch vụ đã không được cung cấp; tiểu bang sẽ điều tra và có thể yêu cầu cung cấp dịch vụ bù đắp.',
            '如果我们无法达成一致，我可以就未提供的服务提出书面州投诉；州会进行调查，并可责令提供补偿性服务。',
            'إذا لم نتمكن من الاتفاق، فيمكنني تقديم شكوى مكتوبة إلى الولاية بشأن الخدمات التي لم تُقدَّم؛ وتحقق الولاية فيها ويمكنها أن تأمر بتقديم خدمات تعويضية.',
          ),
          '34 CFR 300.151',
          '34 CFR 300.152',
          '34 CFR 300.153',
        ),
      ],
      contactSentences(
        input,
        t(
          'Please answer in writing and tell me when the compensatory services will start.',
          'Le ruego que me responda por escrito y me indique cuándo comenzarán los servicios compensatorios.',
          'Xin vui lòng trả lời bằng văn bản và cho tôi biết khi nào dịch vụ bù đắp sẽ bắt đầu.',
          '请以书面形式答复，并告诉我补偿性服务何时开始。',
          'أرجو الرد كتابيًا وإخباري بموعد بدء الخدمات التعويضية.',
        ),
      ),
    ],
  };
}
