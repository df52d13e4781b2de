import account from './account.vi.json';
import actions from './actions.vi.json';
import activity from './activity.vi.json';
import binder from './binder.vi.json';
import calendar from './calendar.vi.json';
import compLetter from './comp-letter.vi.json';
import mail from './mail.vi.json';
import feeds from './feeds.vi.json';
import followups from './followups.vi.json';
import documents from './documents.vi.json';
import main from './vi.json';
import ledger from './ledger.vi.json';
import meetings from './meetings.vi.json';
import { mergeAll } from './merge-translations';
import nextSteps from './next-steps.vi.json';
import letterQuality from './letter-quality.vi.json';
import newLetters from './new-letters.vi.json';
import letterTranslation from './letter-translation.vi.json';
import progress from './progress.vi.json';
import school from './school.vi.json';
import schoolPeople from './school-people.vi.json';
import understand from './understand.vi.json';

/**
 * The Vietnamese strings of every page but the first (home, sign-in, not found, whose strings are shell.vi.json): one
 * chunk, loaded only when Vietnamese is chosen and a page needs it (i18n.ts).
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
