// The messages of a calendar that says nothing (web/i18n/issue-message.ts says them in the UI language). A
// module of their own, so the web app's first page can know them without loading the calendar schemas.
export const TERMS_NEEDED = 'add at least one term: the first and last day of the school year';
export const HOLIDAYS_NEEDED = 'add at least one holiday, or leave the list out to use the US federal holidays';
