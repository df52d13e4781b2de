import account from './account.en.json';
import activity from './activity.en.json';
import calendar from './calendar.en.json';
import main from './en.json';
import { mergeAll } from './merge-translations';
import progress from './progress.en.json';
import school from './school.en.json';
import understand from './understand.en.json';

/** Every English string of the app, in one chunk that loads only when English is chosen (i18n.ts). */
export const strings = mergeAll(main, [understand, progress, school, account, calendar, activity]);
