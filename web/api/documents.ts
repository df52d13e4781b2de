import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../core/schemas/api-error';
import {
  documentListSchema,
  documentSchema,
  searchResultSchema,
  type Document,
  type DocumentDetails,
} from '../../core/schemas/document';
import type { Language } from '../i18n/languages';
import { callApi, callApiWithForm } from './client';
import { queryKeys } from './query-keys';

/** A child's documents, newest first, with the family's space used. Asked again while any is still being read. */
export function useDocuments(studentId: string) {
  return useQuery({
    queryKey: queryKeys.documents(studentId),
    queryFn: () => callApi('GET', `/api/v1/students/${encodeURIComponent(studentId)}/documents`, documentListSchema),
    refetchInterval: (query) =>
      query.state.data?.documents.some((document) => document.textStatus === 'pending') === true ? 2000 : false,
  });
}

/** Where a document's file downloads from (a plain link: the server answers with an attachment). */
export function documentFileUrl(id: string): string {
  return `/api/v1/documents/${encodeURIComponent(id)}/file`;
}

/** Uploads a file with its kind, date, title and links. */
export function useUploadDocument(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, details }: { file: File; details: DocumentDetails }) => {
      const form = new FormData();
      form.append('kind', details.kind);
      form.append('date', details.date);
      form.append('title', details.title);
      form.append('links', JSON.stringify(details.links));
      form.append('file', file, file.name);
      return callApiWithForm(`/api/v1/students/${encodeURIComponent(studentId)}/documents`, documentSchema, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents(studentId) }),
  });
}

/** Corrects a document's details or links. */
export function useReviseDocument(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ document, details }: { document: Document; details: DocumentDetails }) =>
      callApi('PUT', `/api/v1/documents/${encodeURIComponent(document.id)}`, documentSchema, details),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents(studentId) }),
  });
}

/** Deletes a document (its file goes with it). */
export function useDeleteDocument(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi('DELETE', `/api/v1/documents/${encodeURIComponent(id)}`, noContentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['student', studentId] }),
  });
}

/** Searches the child's record; nothing is asked until there is a query. */
export function useRecordSearch(studentId: string, q: string, language: Language) {
  return useQuery({
    queryKey: queryKeys.search(studentId, q, language),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (
        await callApi(
          'GET',
          `/api/v1/students/${encodeURIComponent(studentId)}/search?${new URLSearchParams({ q, language }).toString()}`,
          searchResultSchema,
        )
      ).hits,
  });
}
