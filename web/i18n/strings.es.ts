import account from './account.es.json';
import actions from './actions.es.json';
import activity from './activity.es.json';
import binder from './binder.es.json';
import calendar from './calendar.es.json';
import compLetter from './comp-letter.es.json';
import mail from './mail.es.json';
import feeds from './feeds.es.json';
import followups from './followups.es.json';
import documents from './documents.es.json';
import main from './es.json';
import ledger from './ledger.es.json';
import meetings from './meetings.es.json';
import { mergeAll } from './merge-translations';
import nextSteps from './next-steps.es.json';
import letterQuality from './letter-quality.es.json';
import newLetters from './new-letters.es.json';
import letterTranslation from './letter-translation.es.json';
import progress from './progress.es.json';
import school from './school.es.json';
import schoolPeople from './school-people.es.json';
import understand from './understand.es.json';

/**
 * The Spanish strings of every page but the first (home, sign-in, not found, whose strings are shell.es.json): one
 * chunk, loaded only when Spanish is chosen and a page needs it (i18n.ts).
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
