import { lazy } from 'react';

// The "understand and act" pages load when first opened (the letters page carries the rules data), so the
// home page stays small. Chunks come from our own origin (CSP 'self').

export const ComparisonPage = lazy(async () => ({
  default: (await import('../pages/comparison-page')).ComparisonPage,
}));
export const GuidePage = lazy(async () => ({ default: (await import('../pages/guide-page')).GuidePage }));
export const LettersPage = lazy(async () => ({ default: (await import('../pages/letters-page')).LettersPage }));
