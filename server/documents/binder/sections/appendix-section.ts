import { emptyNote, listTable, paragraph, type BinderSection, type BinderWords } from '../binder-section';

const WORDS = {
  en: {
    heading: 'Appended documents',
    about: 'These documents follow this page, in this order, each with its own bookmark.',
    headers: ['#', 'Document'],
    none: 'No documents are appended.',
  },
  es: {
    heading: 'Documentos adjuntos',
    about: 'Estos documentos siguen a esta página, en este orden, cada uno con su propio marcador.',
    headers: ['#', 'Documento'],
    none: 'No hay documentos adjuntos.',
  },
} as const satisfies BinderWords<unknown>;

/**
 * The list of the PDFs appended after the binder's own pages (server/documents/binder/append-pdfs.ts adds
 * the pages and their bookmarks). Shown only when there are some.
 */
export const appendixSection: BinderSection = {
  id: 'appendix',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  isShown: ({ appendix }) => appendix.length > 0,
  content: ({ appendix, language }) => {
    const words = WORDS[language];
    if (appendix.length === 0) return [emptyNote(words.none)];
    return [
      paragraph(words.about),
      listTable(
        words.headers,
        appendix.map((item, index) => [String(index + 1), item.title]),
        [24, '*'],
      ),
    ];
  },
};
