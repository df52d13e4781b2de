import type { DocumentKind, DocumentMediaType, NotSearchableReason } from '../../../../core/schemas/document';
import type { PdfContent } from '../../pdf-renderer';
import type { BinderDocument, BinderLanguage } from '../binder-data';
import {
  dateText,
  emptyNote,
  listTable,
  paragraph,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

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
    no: 'No',
    plainText: 'Text',
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
    no: 'No',
    plainText: 'Texto',
    pending: 'Aún sin leer',
    notSearchable: {
      'no-ocr': 'No: un escaneo o una foto que este servidor no puede leer',
      heic: 'No: una foto HEIC',
      'no-text': 'No: no se encontraron palabras',
      unreadable: 'No: no se pudo leer el archivo',
    },
  },
  vi: {
    heading: 'Tài liệu',
    about:
      'Mọi tài liệu lưu trong Binder, theo thứ tự từ cũ nhất đến mới nhất. Các tệp PDF được đánh dấu “đính kèm” nằm sau trang cuối cùng của bộ hồ sơ này, theo đúng thứ tự này, mỗi tệp có dấu trang riêng; các tệp khác được lưu trong Binder và chỉ được liệt kê ở đây.',
    none: 'Chưa lưu tài liệu nào.',
    headers: ['Ngày', 'Tiêu đề', 'Loại tài liệu', 'Định dạng', 'Tìm kiếm được'],
    appended: 'đính kèm',
    kinds: {
      iep: 'IEP',
      '504-plan': 'Kế hoạch 504',
      evaluation: 'Đánh giá',
      'prior-written-notice': 'Thông báo trước bằng văn bản',
      'progress-report': 'Báo cáo tiến bộ',
      'report-card': 'Học bạ',
      medical: 'Y tế',
      correspondence: 'Thư từ',
      other: 'Khác',
    },
    searchable: 'Có',
    no: 'Không',
    plainText: 'Văn bản',
    pending: 'Chưa đọc',
    notSearchable: {
      'no-ocr': 'Không: bản quét hoặc ảnh chụp mà máy chủ này không đọc được',
      heic: 'Không: ảnh HEIC',
      'no-text': 'Không: không tìm thấy chữ nào',
      unreadable: 'Không: không đọc được tệp',
    },
  },
  'zh-Hans': {
    heading: '文件',
    about:
      '保存在 Binder 中的每一份文件，按时间从早到晚排列。标有“附后”的 PDF 按此顺序附在本资料册最后一页之后，每份都有自己的书签；其他文件保存在 Binder 中，仅在此列出。',
    none: '没有保存的文件。',
    headers: ['日期', '标题', '文件类别', '格式', '可搜索'],
    appended: '附后',
    kinds: {
      iep: 'IEP',
      '504-plan': '504计划',
      evaluation: '评估',
      'prior-written-notice': '事先书面通知',
      'progress-report': '进展报告',
      'report-card': '成绩单',
      medical: '医疗',
      correspondence: '往来信函',
      other: '其他',
    },
    searchable: '是',
    no: '否',
    plainText: '文本',
    pending: '尚未读取',
    notSearchable: {
      'no-ocr': '否：本服务器无法读取的扫描件或照片',
      heic: '否：HEIC 照片',
      'no-text': '否：未找到文字',
      unreadable: '否：无法读取该文件',
    },
  },
  ar: {
    heading: 'المستندات',
    about:
      'كل مستند محفوظ في Binder، من الأقدم إلى الأحدث. ملفات PDF المُعلَّمة بكلمة «مُلحَق» تأتي بعد الصفحة الأخيرة من هذا الملف، بهذا الترتيب، ولكل منها إشارة مرجعية خاصة بها؛ أما الملفات الأخرى فمحفوظة في Binder ومدرجة هنا فقط.',
    none: 'لا توجد مستندات محفوظة.',
    headers: ['التاريخ', 'العنوان', 'نوع المستند', 'الصيغة', 'قابل للبحث'],
    appended: 'مُلحَق',
    kinds: {
      iep: 'IEP',
      '504-plan': 'خطة 504',
      evaluation: 'تقييم',
      'prior-written-notice': 'الإشعار الكتابي المسبق',
      'progress-report': 'تقرير التقدم',
      'report-card': 'بطاقة الدرجات',
      medical: 'طبي',
      correspondence: 'مراسلات',
      other: 'أخرى',
    },
    searchable: 'نعم',
    no: 'لا',
    plainText: 'نص',
    pending: 'لم يُقرأ بعد',
    notSearchable: {
      'no-ocr': 'لا: نسخة ممسوحة ضوئيًا أو صورة لا يستطيع هذا الخادم قراءتها',
      heic: 'لا: صورة HEIC',
      'no-text': 'لا: لم يُعثر على كلمات',
      unreadable: 'لا: تعذّرت قراءة الملف',
    },
  },
} as const satisfies BinderWords<{
  [key: string]: unknown;
  kinds: Record<DocumentKind, string>;
  notSearchable: Record<NotSearchableReason, string>;
}>;

/** The file type as a reader knows it: format names, the same in every language (plain text is in words). */
const TYPE_NAMES: Record<Exclude<DocumentMediaType, 'text/plain'>, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
};

function typeName(mediaType: DocumentMediaType, language: BinderLanguage): string {
  return mediaType === 'text/plain' ? WORDS[language].plainText : TYPE_NAMES[mediaType];
}

function searchableText(document: BinderDocument, language: BinderLanguage): string {
  const words = WORDS[language];
  if (document.textStatus === 'done') return words.searchable;
  if (document.textStatus === 'pending') return words.pending;
  return document.textNote === null ? words.no : words.notSearchable[document.textNote];
}

/**
 * The documents index: every kept document with its date, title, kind, file type and whether its words can be
 * searched. The PDFs among them are appended after the binder's pages (./append-pdfs.ts adds the pages and
 * their bookmarks); the rest are listed only.
 */
export const documentsSection: BinderSection = {
  id: 'documents',
  heading: headingsOf(WORDS),
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
          typeName(document.mediaType, language),
          searchableText(document, language),
        ]),
        [80, '*', 80, 40, 90],
      ),
    ];
  },
};
