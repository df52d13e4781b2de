import type { Language } from '../i18n/languages';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../core/schemas/api-error';
import { importedRecordSchema, type ImportedRecord } from '../../core/schemas/record-import';
import { callApi, fetchFile, sendFile } from './client';
import { queryKeys } from './query-keys';

/** The addresses of the whole record's downloads (the family only). Plain links: the browser saves the file. */
export function exportUrls(studentId: string): { json: string; zip: string } {
  const base = `/api/v1/students/${encodeURIComponent(studentId)}`;
  return { json: `${base}/export.json`, zip: `${base}/export.zip` };
}

/**
 * Deletes a child's record (the owner only); the server asks for the child's first name as confirmation.
 * Call `forget` once the child's page is gone, so nothing of the record stays cached.
 */
export function useDeleteStudent(studentId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (confirmGivenName: string) =>
      callApi('DELETE', `/api/v1/students/${encodeURIComponent(studentId)}`, noContentSchema, { confirmGivenName }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
  const forget = () => {
    queryClient.removeQueries({ queryKey: queryKeys.student(studentId) });
  };
  return { ...mutation, forget };
}

/** The languages the binder PDF is printed in: the five reading languages. */
export type BinderLanguage = Language;

/** The child's binder PDF, made on the server (it takes a few seconds); refusals are thrown as an ApiError. */
export function fetchBinderPdf(studentId: string, language: BinderLanguage): Promise<Blob> {
  return fetchFile(
    'GET',
    `/api/v1/students/${encodeURIComponent(studentId)}/binder.pdf?language=${language}`,
    'application/pdf',
  );
}

/**
 * Imports a whole record exported from another Binder (export.json or export.zip) as a new child the signed-in
 * person owns; the children list is read again afterwards.
 */
export function useImportRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File): Promise<ImportedRecord> =>
      sendFile('POST', '/api/v1/students/import', importedRecordSchema, {
        data: file,
        contentType:
          /\.zip$/i.test(file.name) || file.type === 'application/zip' ? 'application/zip' : 'application/json',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
