import account from './account.zh-Hans.json';
import actions from './actions.zh-Hans.json';
import activity from './activity.zh-Hans.json';
import binder from './binder.zh-Hans.json';
import calendar from './calendar.zh-Hans.json';
import compLetter from './comp-letter.zh-Hans.json';
import mail from './mail.zh-Hans.json';
import feeds from './feeds.zh-Hans.json';
import followups from './followups.zh-Hans.json';
import documents from './documents.zh-Hans.json';
import main from './zh-Hans.json';
import ledger from './ledger.zh-Hans.json';
import meetings from './meetings.zh-Hans.json';
import { mergeAll } from './merge-translations';
import nextSteps from './next-steps.zh-Hans.json';
import letterQuality from './letter-quality.zh-Hans.json';
import newLetters from './new-letters.zh-Hans.json';
import letterTranslation from './letter-translation.zh-Hans.json';
import progress from './progress.zh-Hans.json';
import school from './school.zh-Hans.json';
import schoolPeople from './school-people.zh-Hans.json';
import understand from './understand.zh-Hans.json';

/**
 * The Simplified Chinese strings of every page but the first (home, sign-in, not found, whose strings are shell.zh-Hans.json): one
 * chunk, loaded only when Simplified Chinese is chosen and a page needs it (i18n.ts).
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
