import { useQuery } from '@tanstack/react-query';
import { letterTranslationSchema } from '../../core/schemas/letter-content';
import type { LetterInput } from '../../core/schemas/letters';
import type { Language } from '../i18n/languages';
import { callApi, fetchFile } from './client';

/*
 * A letter composed again in a reading language, only for reading (docs/decisions/0045): the draft from the
 * details it is being written from, and a sent letter from the details it was kept with.
 */

/** The details a letter was composed from, as the form holds them (the server checks the state's code). */
export interface ComposedFrom {
  readonly jurisdiction: string;
  readonly input: LetterInput;
}

/** Where a translation comes from: the draft on the page, or a letter already kept in a child's case. */
export type TranslationSource =
  | { readonly kind: 'draft'; readonly composedFrom: ComposedFrom }
  | { readonly kind: 'sent'; readonly studentId: string; readonly letterId: string };

const sentPath = (studentId: string, letterId: string) =>
  `/api/v1/students/${encodeURIComponent(studentId)}/letters/${encodeURIComponent(letterId)}/translation`;

/**
 * The translation in `language`, fetched only once asked for (`enabled`). The draft's key holds its details, so a
 * letter written again is translated again; a sent letter never changes, so its answers are kept.
 */
export function useLetterTranslation(source: TranslationSource, language: Language, enabled: boolean) {
  return useQuery({
    queryKey:
      source.kind === 'draft'
        ? (['letter-translation', 'draft', source.composedFrom, language] as const)
        : (['student', source.studentId, 'letter', source.letterId, 'translation', language] as const),
    queryFn: () =>
      source.kind === 'draft'
        ? callApi('POST', '/api/v1/letters/compose/translation', letterTranslationSchema, {
            ...source.composedFrom,
            language,
          })
        : callApi(
            'GET',
            `${sentPath(source.studentId, source.letterId)}?language=${encodeURIComponent(language)}`,
            letterTranslationSchema,
          ),
    enabled,
    staleTime: Infinity,
  });
}

/** A sent letter's translation as a PDF headed as a translation for reading. */
export function fetchLetterTranslationPdf(studentId: string, letterId: string, language: Language): Promise<Blob> {
  return fetchFile(
    'GET',
    `${sentPath(studentId, letterId)}.pdf?language=${encodeURIComponent(language)}`,
    'application/pdf',
  );
}
