import account from './account.es.json';
import activity from './activity.es.json';
import calendar from './calendar.es.json';
import main from './es.json';
import { mergeAll } from './merge-translations';
import progress from './progress.es.json';
import school from './school.es.json';
import understand from './understand.es.json';

/** Every Spanish string of the app, in one chunk that loads only when Spanish is chosen (i18n.ts). */
export const strings = mergeAll(main, [understand, progress, school, account, calendar, activity]);
