import type { ChangeEffect } from '../../../../core/case/compare-plans';
import { textIn } from '../../../../core/progress/format-words';
import type { PdfContent } from '../../pdf-renderer';
import {
  citationLine,
  emptyNote,
  listTable,
  paragraph,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'What changed from the last version',
    none: 'The plan in effect is its first final version: there is no earlier version to compare.',
    noPlan: 'There is no plan in effect yet.',
    same: 'Nothing changed between the two versions.',
    compared: (from: number, to: number) => `Version ${String(to)} compared with version ${String(from)}.`,
    law: 'Law',
    cite: 'Changes to an IEP: 34 CFR 300.324(a)(4)–(6); notice of a change: 34 CFR 300.503',
    headers: ['Change', 'What changed'],
    effects: { added: 'Added', removed: 'Removed', reduced: 'Reduced', increased: 'Increased', changed: 'Changed' },
  },
  es: {
    heading: 'Qué cambió desde la versión anterior',
    none: 'El plan vigente es su primera versión final: no hay una versión anterior con que comparar.',
    noPlan: 'Todavía no hay un plan vigente.',
    same: 'Nada cambió entre las dos versiones.',
    compared: (from: number, to: number) => `La versión ${String(to)} comparada con la versión ${String(from)}.`,
    law: 'Ley',
    cite: 'Cambios a un IEP: 34 CFR 300.324(a)(4)–(6); aviso de un cambio: 34 CFR 300.503',
    headers: ['Cambio', 'Qué cambió'],
    effects: {
      added: 'Se agregó',
      removed: 'Se quitó',
      reduced: 'Se redujo',
      increased: 'Se aumentó',
      changed: 'Cambió',
    },
  },
  vi: {
    heading: 'Những thay đổi so với phiên bản trước',
    none: 'Kế hoạch đang có hiệu lực là phiên bản chính thức đầu tiên của nó: không có phiên bản nào trước đó để so sánh.',
    noPlan: 'Hiện chưa có kế hoạch nào có hiệu lực.',
    same: 'Không có gì thay đổi giữa hai phiên bản.',
    compared: (from: number, to: number) => `Phiên bản ${String(to)} so với phiên bản ${String(from)}.`,
    law: 'Luật',
    cite: 'Thay đổi IEP: 34 CFR 300.324(a)(4)–(6); thông báo về thay đổi: 34 CFR 300.503',
    headers: ['Thay đổi', 'Nội dung thay đổi'],
    effects: {
      added: 'Đã thêm',
      removed: 'Đã bỏ',
      reduced: 'Đã giảm',
      increased: 'Đã tăng',
      changed: 'Đã thay đổi',
    },
  },
  'zh-Hans': {
    heading: '与上一版本相比的变化',
    none: '现行计划是其第一个正式版本：没有更早的版本可供比较。',
    noPlan: '目前还没有现行计划。',
    same: '两个版本之间没有任何变化。',
    compared: (from: number, to: number) => `第 ${String(to)} 版与第 ${String(from)} 版的比较。`,
    law: '法律',
    cite: 'IEP 的修改：34 CFR 300.324(a)(4)–(6)；修改通知：34 CFR 300.503',
    headers: ['变化', '变化内容'],
    effects: {
      added: '新增',
      removed: '删除',
      reduced: '减少',
      increased: '增加',
      changed: '修改',
    },
  },
  ar: {
    heading: 'ما الذي تغير منذ النسخة السابقة',
    none: 'الخطة السارية هي أول نسخة نهائية منها: لا توجد نسخة سابقة للمقارنة.',
    noPlan: 'لا توجد خطة سارية بعد.',
    same: 'لم يتغيّر شيء بين النسختين.',
    compared: (from: number, to: number) => `مقارنة النسخة ${String(to)} بالنسخة ${String(from)}.`,
    law: 'القانون',
    cite: 'تعديلات برنامج IEP: 34 CFR 300.324(a)(4)–(6)؛ الإشعار بالتعديل: 34 CFR 300.503',
    headers: ['التغيير', 'ما الذي تغيّر'],
    effects: {
      added: 'أُضيف',
      removed: 'حُذف',
      reduced: 'خُفِّض',
      increased: 'زِيد',
      changed: 'عُدِّل',
    },
  },
} as const satisfies BinderWords<unknown>;

/** The differences between the plan in effect and the final version before it, cuts first among equals. */
export const planChangesSection: BinderSection = {
  id: 'plan-changes',
  heading: headingsOf(WORDS),
  content: ({ plan, planChanges, language }) => {
    const words = WORDS[language];
    const effects: Record<ChangeEffect, string> = words.effects;
    if (plan === null) return [emptyNote(words.noPlan)];
    if (planChanges === null) return [emptyNote(words.none)];
    return [
      paragraph(words.compared(planChanges.fromVersion, planChanges.toVersion)),
      citationLine(words.law, words.cite),
      planChanges.changes.length === 0
        ? emptyNote(words.same)
        : listTable(
            words.headers,
            planChanges.changes.map((change): PdfContent[] => [
              {
                text: effects[change.effect],
                style: change.effect === 'removed' || change.effect === 'reduced' ? 'label' : 'plain',
              },
              textIn(change.message, language),
            ]),
            ['auto', '*'],
          ),
    ];
  },
};
