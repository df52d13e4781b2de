import account from './account.ar.json';
import actions from './actions.ar.json';
import activity from './activity.ar.json';
import binder from './binder.ar.json';
import calendar from './calendar.ar.json';
import compLetter from './comp-letter.ar.json';
import mail from './mail.ar.json';
import feeds from './feeds.ar.json';
import followups from './followups.ar.json';
import documents from './documents.ar.json';
import main from './ar.json';
import ledger from './ledger.ar.json';
import meetings from './meetings.ar.json';
import { mergeAll } from './merge-translations';
import nextSteps from './next-steps.ar.json';
import letterQuality from './letter-quality.ar.json';
import newLetters from './new-letters.ar.json';
import letterTranslation from './letter-translation.ar.json';
import progress from './progress.ar.json';
import school from './school.ar.json';
import schoolPeople from './school-people.ar.json';
import understand from './understand.ar.json';

/**
 * The Arabic strings of every page but the first (home, sign-in, not found, whose strings are shell.ar.json): one
 * chunk, loaded only when Arabic is chosen and a page needs it (i18n.ts).
 */
export const strings = mergeAll(main, [
  understand,
  progress,
  school,
  account,
  calendar,
  activity,
  nextSteps,
  actions,
  mail,
  feeds,
  documents,
  letterQuality,
  schoolPeople,
  binder,
  ledger,
  meetings,
  newLetters,
  letterTranslation,
  compLetter,
  followups,
]);
