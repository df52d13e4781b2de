import account from './account.en.json';
import actions from './actions.en.json';
import activity from './activity.en.json';
import binder from './binder.en.json';
import calendar from './calendar.en.json';
import compLetter from './comp-letter.en.json';
import mail from './mail.en.json';
import feeds from './feeds.en.json';
import followups from './followups.en.json';
import documents from './documents.en.json';
import main from './en.json';
import ledger from './ledger.en.json';
import meetings from './meetings.en.json';
import { mergeAll } from './merge-translations';
import nextSteps from './next-steps.en.json';
import letterQuality from './letter-quality.en.json';
import newLetters from './new-letters.en.json';
import letterTranslation from './letter-translation.en.json';
import progress from './progress.en.json';
import school from './school.en.json';
import schoolPeople from './school-people.en.json';
import understand from './understand.en.json';

/**
 * The English strings of every page but the first (home, sign-in, not found, whose strings are shell.en.json): one
 * chunk, loaded only when English is chosen and a page needs it (i18n.ts).
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
