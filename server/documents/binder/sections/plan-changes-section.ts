import type { ChangeEffect } from '../../../../core/case/compare-plans';
import type { PdfContent } from '../../pdf-renderer';
import { citationLine, emptyNote, listTable, paragraph, type BinderSection, type BinderWords } from '../binder-section';

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
} as const satisfies BinderWords<unknown>;

/** The differences between the plan in effect and the final version before it, cuts first among equals. */
export const planChangesSection: BinderSection = {
  id: 'plan-changes',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
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
              change.message[language],
            ]),
            ['auto', '*'],
          ),
    ];
  },
};
