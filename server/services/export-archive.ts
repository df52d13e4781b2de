import { LANGUAGES, languageOfTag, type Language } from '../../core/progress/format-words';
import { DOCUMENT_EXTENSIONS, DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '../../core/schemas/document';
import { letterContentSchema } from '../../core/schemas/letter-content';
import { AppError } from '../app-error';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { DocumentRenderer } from '../documents/document-renderer';
import type { ArchiveJobEntry, PdfJob } from '../documents/render-job';
import type { BlobStore } from '../storage/blob-store';
import { buildProgressReport } from './build-progress-report';
import { exportRecord, type RecordExport } from './export-record';

/**
 * The whole record as a ZIP a family can keep or hand to a new school or an advocate: `record.json` (the
 * same document as export.json), every saved letter and every IEP's progress report as PDFs, every uploaded
 * document as it was uploaded (`documents/<id>.<ext>`, the id of its row in record.json), and a README.
 * PDFs are made now from the stored record, so they match record.json. The
 * record is read here; the PDFs and the archive are made by the renderer, off the event loop.
 */
export async function exportArchive(
  database: Database,
  clock: Clock,
  renderer: DocumentRenderer,
  store: BlobStore,
  studentId: string,
): Promise<{ record: RecordExport; zip: Buffer }> {
  const record = await exportRecord(database, clock, studentId);
  const entries: ArchiveJobEntry[] = [{ name: 'record.json', data: JSON.stringify(record, null, 2) }];
  const names = new Set<string>();
  for (const row of record.letters) {
    const parsed = letterContentSchema.safeParse(row.content);
    // A letter that no longer reads as one (it never should) is still in record.json.
    if (!parsed.success) continue;
    const letter = parsed.data;
    const name = uniqueName(names, `letters/${letter.date}-${letter.kind}`, 'pdf');
    entries.push({ name, pdf: { kind: 'letter-pdf', letter: { ...letter, impliedEvent: null } } });
  }
  for (const plan of record.plans) {
    if (plan.framework !== 'iep' || typeof plan.id !== 'string') continue;
    for (const language of reportLanguages(record)) {
      const pdf = await progressReportJob(database, clock, plan.id, language);
      if (pdf !== null)
        entries.push({ name: uniqueName(names, `progress-reports/${plan.id}-${language}`, 'pdf'), pdf });
    }
  }
  for (const row of record.documents) {
    const { id, sha256, mediaType } = row;
    if (typeof id !== 'string' || typeof sha256 !== 'string' || !isMediaType(mediaType)) continue;
    const bytes = await store.get(sha256);
    if (bytes !== null) entries.push({ name: `documents/${id}.${DOCUMENT_EXTENSIONS[mediaType]}`, data: bytes });
  }
  entries.push({ name: 'README.txt', data: readme(record, entries) });
  return { record, zip: await renderer.render({ kind: 'archive', entries, modifiedAt: clock.now().toISOString() }) };
}

function isMediaType(value: unknown): value is DocumentMediaType {
  return typeof value === 'string' && (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(value);
}

/** English always; another reading language too when the family speaks it at home or a contact prefers it. */
function reportLanguages(record: RecordExport): Language[] {
  const spoken = new Set<Language | null>();
  const { homeLanguages, contacts } = record.student;
  if (Array.isArray(homeLanguages)) {
    for (const tag of homeLanguages) if (typeof tag === 'string') spoken.add(languageOfTag(tag));
  }
  if (Array.isArray(contacts)) {
    for (const contact of contacts as { preferredLanguage?: unknown }[]) {
      if (typeof contact.preferredLanguage === 'string') spoken.add(languageOfTag(contact.preferredLanguage));
    }
  }
  return LANGUAGES.filter((language) => language === 'en' || spoken.has(language));
}

/** The plan's progress report as of today, to render, or null when the plan has no final version or no goals. */
async function progressReportJob(
  database: Database,
  clock: Clock,
  planId: string,
  language: Language,
): Promise<PdfJob | null> {
  try {
    const report = await buildProgressReport(database, clock, planId, { language, labelSet: 'federal' });
    return report.noGoals === null ? { kind: 'progress-report-pdf', report } : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return null;
    throw error;
  }
}

/** `base.ext`, or `base-2.ext`, `base-3.ext`… when two files would share a name (two letters of a day). */
function uniqueName(taken: Set<string>, base: string, extension: string): string {
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${String(n)}.${extension}`;
  taken.add(name);
  return name;
}

function readme(record: RecordExport, entries: readonly ArchiveJobEntry[]): string {
  const given = typeof record.student.givenName === 'string' ? record.student.givenName : '';
  const family = typeof record.student.familyName === 'string' ? record.student.familyName : '';
  const count = (folder: string) => entries.filter((e) => e.name.startsWith(folder)).length;
  return [
    `Binder record of ${given} ${family}`.trim(),
    `Exported ${record.exportedAt} (UTC), format ${record.format}.`,
    '',
    'record.json          Everything Binder holds about the child: details, plans with every version, events,',
    '                     meetings, communications, documents, letters, guide answers, progress data, deadlines, comments,',
    '                     service log, change history, who has access, and the record of every access (audit trail).',
    `letters/             The ${String(count('letters/'))} letter(s) saved in Binder, as PDFs.`,
    `progress-reports/    ${String(count('progress-reports/'))} progress report(s), one per IEP and language, as of the export date.`,
    `documents/           The ${String(count('documents/'))} uploaded document(s), as uploaded, named by their id in record.json.`,
    '',
    'Dates without a time are YYYY-MM-DD; times are UTC. Keep this file private: it holds a child’s records.',
    '',
  ].join('\n');
}
