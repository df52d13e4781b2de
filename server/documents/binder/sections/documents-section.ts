import type { DocumentKind, DocumentMediaType, NotSearchableReason } from '../../../../core/schemas/document';
import type { PdfContent } from '../../pdf-renderer';
import type { BinderDocument, BinderLanguage } from '../binder-data';
import { dateText, emptyNote, listTable, paragraph, type BinderSection, type BinderWords } from '../binder-section';

const WORDS = {
  en: {
    heading: 'Documents',
    about:
      'Every document kept in Binder, oldest first. The PDFs marked “appended” follow the last page of this binder, in this order, each with its own bookmark; the other files are kept in Binder and listed here only.',
    none: 'No documents are kept.',
    headers: ['Date', 'Title', 'Kind', 'Type', 'Searchable'],
    appended: 'appended',
    kinds: {
      iep: 'IEP',
      '504-plan': '504 plan',
      evaluation: 'Evaluation',
      'prior-written-notice': 'Prior written notice',
      'progress-report': 'Progress report',
      'report-card': 'Report card',
      medical: 'Medical',
      correspondence: 'Correspondence',
      other: 'Other',
    },
    searchable: 'Yes',
    pending: 'Not yet read',
    notSearchable: {
      'no-ocr': 'No: a scan or photo this server cannot read',
      heic: 'No: a HEIC photo',
      'no-text': 'No: no words found',
      unreadable: 'No: the file could not be read',
    },
  },
  es: {
    heading: 'Documentos',
    about:
      'Cada documento guardado en Binder, del más antiguo al más reciente. Los PDF marcados como «adjunto» siguen a la última página de esta carpeta, en este orden, cada uno con su propio marcador; los demás archivos se guardan en Binder y solo se enumeran aquí.',
    none: 'No hay documentos guardados.',
    headers: ['Fecha', 'Título', 'Tipo de documento', 'Formato', 'Se puede buscar'],
    appended: 'adjunto',
    kinds: {
      iep: 'IEP',
      '504-plan': 'Plan 504',
      evaluation: 'Evaluación',
      'prior-written-notice': 'Aviso previo por escrito',
      'progress-report': 'Informe de progreso',
      'report-card': 'Boleta de calificaciones',
      medical: 'Médico',
      correspondence: 'Correspondencia',
      other: 'Otro',
    },
    searchable: 'Sí',
    pending: 'Aún sin leer',
    notSearchable: {
      'no-ocr': 'No: un escaneo o una foto que este servidor no puede leer',
      heic: 'No: una foto HEIC',
      'no-text': 'No: no se encontraron palabras',
      unreadable: 'No: no se pudo leer el archivo',
    },
  },
} as const satisfies BinderWords<{
  [key: string]: unknown;
  kinds: Record<DocumentKind, string>;
  notSearchable: Record<NotSearchableReason, string>;
}>;

/** The file type in words a reader knows, the same in both languages. */
const TYPE_NAMES: Record<DocumentMediaType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'text/plain': 'Text',
};

function searchableText(document: BinderDocument, language: BinderLanguage): string {
  const words = WORDS[language];
  if (document.textStatus === 'done') return words.searchable;
  if (document.textStatus === 'pending') return words.pending;
  return document.textNote === null ? 'No' : words.notSearchable[document.textNote];
}

/**
 * The documents index: every kept document with its date, title, kind, file type and whether its words can be
 * searched. The PDFs among them are appended after the binder's pages (./append-pdfs.ts adds the pages and
 * their bookmarks); the rest are listed only.
 */
export const documentsSection: BinderSection = {
  id: 'documents',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
  content: ({ documents, language }) => {
    const words = WORDS[language];
    if (documents.length === 0) return [emptyNote(words.none)];
    return [
      paragraph(words.about),
      listTable(
        words.headers,
        documents.map((document): PdfContent[] => [
          dateText(document.date, language),
          {
            stack: [
              { text: document.title, style: 'label' },
              ...(document.appended ? [{ text: words.appended, style: 'citation' }] : []),
            ],
          },
          words.kinds[document.kind],
          TYPE_NAMES[document.mediaType],
          searchableText(document, language),
        ]),
        [80, '*', 80, 40, 90],
      ),
    ];
  },
};
