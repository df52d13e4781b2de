import { formatLongDate } from '../calendar/format-long-date';
import type { Language } from '../progress/format-words';
import type { ServiceLedger } from '../schemas/service-ledger';
import { CHART_STYLE as S } from './chart-palette';
import { svgElement as el } from './svg-element';

const PERIOD_WORDS: Readonly<Record<Language, Readonly<Record<ServiceLedger['period'], [string, string]>>>> = {
  en: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
  es: { day: ['día', 'días'], week: ['semana', 'semanas'], month: ['mes', 'meses'], year: ['año', 'años'] },
  vi: { day: ['ngày', 'ngày'], week: ['tuần', 'tuần'], month: ['tháng', 'tháng'], year: ['năm', 'năm'] },
  'zh-Hans': { day: ['天', '天'], week: ['周', '周'], month: ['个月', '个月'], year: ['年', '年'] },
  ar: { day: ['يوم', 'أيام'], week: ['أسبوع', 'أسابيع'], month: ['شهر', 'أشهر'], year: ['سنة', 'سنوات'] },
};

/**
 * A service's ledger in one sentence, for the chart's `<desc>`, the letter and anyone who prefers words:
 * "Speech therapy, 15 weeks ended: 1074 minutes required, 1020 delivered, 30 excused; 36 minutes owed."
 */
export function serviceLedgerSentence(ledger: ServiceLedger, language: Language): string {
  const ended = ledger.periods.filter((p) => p.complete);
  const excused = ended.reduce((sum, p) => sum + p.excusedMinutes, 0);
  const required = ended.reduce((sum, p) => sum + p.requiredMinutes, 0);
  const delivered = ended.reduce((sum, p) => sum + p.deliveredMinutes, 0);
  const [one, many] = PERIOD_WORDS[language][ledger.period];
  const count = String(ended.length);
  const periods = `${count} ${ended.length === 1 ? one : many}`;
  const madeUp = ledger.madeUpMinutes;
  const [r, d, x, m, o] = [required, delivered, excused, madeUp, ledger.owedMinutes].map(String);
  const name = ledger.service;
  switch (language) {
    case 'en':
      return (
        `${name}, ${periods} ended: ${r} minutes required, ${d} delivered, ${x} excused` +
        (madeUp > 0 ? `, ${m} made up` : '') +
        `; ${o} minutes owed.`
      );
    case 'es':
      return (
        `${name}, ${periods} ${endedEs(ledger.period, ended.length)}: ${r} minutos requeridos, ` +
        `${d} prestados, ${x} justificados` +
        (madeUp > 0 ? `, ${m} recuperados` : '') +
        `; se deben ${o} minutos.`
      );
    case 'vi':
      return (
        `${name}, ${periods} đã qua: yêu cầu ${r} phút, đã cung cấp ${d}, có lý do vắng ${x}` +
        (madeUp > 0 ? `, đã bù ${m}` : '') +
        `; còn nợ ${o} phút.`
      );
    case 'zh-Hans':
      return (
        `${name}，已结束 ${count} ${one}：要求 ${r} 分钟，已提供 ${d} 分钟，有正当理由缺席 ${x} 分钟` +
        (madeUp > 0 ? `，已补 ${m} 分钟` : '') +
        `；尚欠 ${o} 分钟。`
      );
    case 'ar':
      // The count after the noun ("أسابيع منتهية: 15") spares Arabic's number agreement.
      return (
        `${name}، ${ended.length === 1 ? `${one} منتهٍ` : `${many} منتهية: ${count}`}؛ الدقائق المطلوبة ${r}، والمقدَّمة ${d}، ` +
        `والمعذورة ${x}` +
        (madeUp > 0 ? `، والمعوَّضة ${m}` : '') +
        `؛ الدقائق المستحقة ${o}.`
      );
  }
}

/** "terminada(s)" for the feminine semana, "terminado(s)" for día, mes and año. */
function endedEs(period: ServiceLedger['period'], count: number): string {
  return `terminad${period === 'week' ? 'a' : 'o'}${count === 1 ? '' : 's'}`;
}

const WORDS = {
  en: {
    minutes: 'Minutes',
    delivered: 'Delivered',
    madeUp: 'Made up',
    required: 'Required',
    title: (period: string) => `minutes per ${period}`,
  },
  es: {
    minutes: 'Minutos',
    delivered: 'Prestados',
    madeUp: 'Recuperados',
    required: 'Requeridos',
    title: (period: string) => `minutos por ${period}`,
  },
  vi: {
    minutes: 'Số phút',
    delivered: 'Đã cung cấp',
    madeUp: 'Đã bù',
    required: 'Yêu cầu',
    title: (period: string) => `số phút mỗi ${period}`,
  },
  'zh-Hans': {
    minutes: '分钟',
    delivered: '已提供',
    madeUp: '已补',
    required: '要求',
    title: (period: string) => `每${period}分钟数`,
  },
  ar: {
    minutes: 'الدقائق',
    delivered: 'المقدَّمة',
    madeUp: 'المعوَّضة',
    required: 'المطلوبة',
    title: (period: string) => `الدقائق لكل ${period}`,
  },
} as const;

/**
 * A service's minutes per period as an SVG string: a bar of the minutes delivered in each period (make-ups drawn
 * on top as an outlined bar) against a short solid line at the minutes required
 * that period. `role="img"` with a `<title>` and a `<desc>` (serviceLedgerSentence); not colour alone: the
 * requirement is a line, delivery a bar. Plain elements with attributes only, so a PDF renderer can draw it too.
 */
export function serviceLedgerChartSvg(
  ledger: ServiceLedger,
  options: { readonly language: Language; readonly idPrefix: string; readonly width?: number },
): string {
  const words = WORDS[options.language];
  const width = options.width ?? 720;
  const height = 260;
  const margin = { top: 16, right: 16, bottom: 64, left: 52 };
  const periods = ledger.periods;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const top = Math.max(10, ...periods.map((p) => Math.max(p.requiredMinutes, p.deliveredMinutes + p.madeUpMinutes)));
  const step = top <= 60 ? 10 : top <= 150 ? 30 : top <= 600 ? 60 : 300;
  const yMax = Math.ceil(top / step) * step;
  const y = (minutes: number): number => margin.top + plotHeight - (minutes / yMax) * plotHeight;
  const slot = plotWidth / Math.max(1, periods.length);
  const barWidth = Math.max(2, slot * 0.6);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const [one] = PERIOD_WORDS[options.language][ledger.period];
  const children: string[] = [
    el('title', { id: titleId }, `${ledger.service}: ${words.title(one)}`),
    el('desc', { id: descId }, serviceLedgerSentence(ledger, options.language)),
    el('rect', { x: 0, y: 0, width, height, fill: S.background }),
  ];
  for (let tick = 0; tick <= yMax; tick += step) {
    children.push(
      el('line', { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick), stroke: S.grid }),
      el(
        'text',
        {
          x: margin.left - 6,
          y: y(tick) + 4,
          'text-anchor': 'end',
          fill: S.text,
          'font-size': S.fontSize,
          'font-family': S.fontFamily,
        },
        String(tick),
      ),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((period, index) => {
    const x = margin.left + index * slot + (slot - barWidth) / 2;
    if (period.deliveredMinutes > 0) {
      children.push(
        el('rect', {
          x,
          y: y(period.deliveredMinutes),
          width: barWidth,
          height: y(0) - y(period.deliveredMinutes),
          fill: S.aim.stroke,
        }),
      );
    }
    if (period.madeUpMinutes > 0) {
      const base = period.deliveredMinutes;
      children.push(
        el('rect', {
          x,
          y: y(base + period.madeUpMinutes),
          width: barWidth,
          height: y(base) - y(base + period.madeUpMinutes),
          fill: '#ffffff',
          stroke: S.aim.stroke,
          'stroke-width': 1.5,
        }),
      );
    }
    children.push(
      el('line', {
        x1: margin.left + index * slot + 1,
        x2: margin.left + (index + 1) * slot - 1,
        y1: y(period.requiredMinutes),
        y2: y(period.requiredMinutes),
        stroke: S.trend.stroke,
        'stroke-width': 2.5,
      }),
    );
    if (index % labelEvery === 0) {
      const label = formatLongDate(period.start, options.language)
        .replace(/,? \d{4}$/, '')
        .replace(/ de \d{4}$/, '');
      children.push(
        el(
          'text',
          {
            x: margin.left + index * slot + slot / 2,
            y: y(0) + 16,
            'text-anchor': 'middle',
            fill: S.text,
            'font-size': S.fontSize,
            'font-family': S.fontFamily,
          },
          label,
        ),
      );
    }
  });
  children.push(
    el('line', { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), stroke: S.axis }),
    el(
      'text',
      {
        x: 12,
        y: margin.top + plotHeight / 2,
        fill: S.text,
        'font-size': S.fontSize,
        'font-family': S.fontFamily,
        transform: `rotate(-90 12 ${String(margin.top + plotHeight / 2)})`,
        'text-anchor': 'middle',
      },
      words.minutes,
    ),
    el('rect', { x: margin.left, y: height - 22, width: 14, height: 10, fill: S.aim.stroke }),
    el(
      'text',
      { x: margin.left + 20, y: height - 13, fill: S.text, 'font-size': S.fontSize, 'font-family': S.fontFamily },
      words.delivered,
    ),
    el('line', {
      x1: margin.left + 130,
      x2: margin.left + 150,
      y1: height - 17,
      y2: height - 17,
      stroke: S.trend.stroke,
      'stroke-width': 2.5,
    }),
    el(
      'text',
      { x: margin.left + 156, y: height - 13, fill: S.text, 'font-size': S.fontSize, 'font-family': S.fontFamily },
      words.required,
    ),
  );
  if (periods.some((p) => p.madeUpMinutes > 0)) {
    children.push(
      el('rect', {
        x: margin.left + 270,
        y: height - 22,
        width: 14,
        height: 10,
        fill: '#ffffff',
        stroke: S.aim.stroke,
        'stroke-width': 1.5,
      }),
      el(
        'text',
        { x: margin.left + 290, y: height - 13, fill: S.text, 'font-size': S.fontSize, 'font-family': S.fontFamily },
        words.madeUp,
      ),
    );
  }
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${String(width)} ${String(height)}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    },
    children,
  );
}
