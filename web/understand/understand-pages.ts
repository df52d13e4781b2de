import { lazy } from 'react';
import { withPageStrings } from '../i18n/i18n';

// The "understand and act" pages load when first opened (the letters page carries the rules data), with the
// page strings (withPageStrings), so the home page stays small. Chunks come from our own origin (CSP 'self').

export const ComparisonPage = lazy(async () => ({
  default: (await withPageStrings(import('../pages/comparison-page'))).ComparisonPage,
}));
export const GuidePage = lazy(async () => ({
  default: (await withPageStrings(import('../pages/guide-page'))).GuidePage,
}));
export const LettersPage = lazy(async () => ({
  default: (await withPageStrings(import('../pages/letters-page'))).LettersPage,
}));
export const GlossaryPage = lazy(async () => ({
  default: (await withPageStrings(import('../pages/glossary-page'))).GlossaryPage,
}));
export const LawCoveragePage = lazy(async () => ({
  default: (await withPageStrings(import('../pages/law-coverage-page'))).LawCoveragePage,
}));
