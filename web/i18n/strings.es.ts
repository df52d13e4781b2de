import account from './account.es.json';
import actions from './actions.es.json';
import activity from './activity.es.json';
import calendar from './calendar.es.json';
import main from './es.json';
import meetings from './meetings.es.json';
import { mergeAll } from './merge-translations';
import nextSteps from './next-steps.es.json';
import progress from './progress.es.json';
import school from './school.es.json';
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
  meetings,
]);
