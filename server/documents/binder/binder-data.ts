import type { Language } from '../../../core/progress/format-words';
import type { PlanChange } from '../../../core/case/compare-plans';
import type { ProgressReport } from '../../../core/progress/progress-report';
import type { Communication } from '../../../core/schemas/communication';
import type {
  DocumentKind,
  DocumentMediaType,
  DocumentTextStatus,
  NotSearchableReason,
} from '../../../core/schemas/document';
import type { IepContent } from '../../../core/schemas/iep';
import type { EditedLetter } from '../../../core/schemas/letter-content';
import type { Meeting } from '../../../core/schemas/meeting';
import type { Plan504Content } from '../../../core/schemas/plan-504';
import type { ServicesLedger } from '../../../core/schemas/service-ledger';
import type { VersionReason } from '../../../core/schemas/plan';
import type { Deadline, Finding } from '../../../core/timeline/timeline-result';

/** The languages a binder is printed in. */
export type BinderLanguage = Language;

/** The plan in effect on the binder's day: the final version that took effect last. */
export type BinderPlan = {
  readonly versionNumber: number;
  readonly reason: VersionReason;
  readonly effectiveFrom: string | null;
  /** The day the plan ends (its span's end), or null while it runs. */
  readonly effectiveTo: string | null;
} & (
  | { readonly framework: 'iep'; readonly content: IepContent }
  | { readonly framework: '504'; readonly content: Plan504Content }
);

/** What changed between the plan in effect and the final version before it. */
export interface BinderPlanChanges {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly changes: readonly PlanChange[];
}

/** A PDF to append after the binder's own pages, in order, with the title its bookmark shows. */
export interface AppendedPdf {
  readonly title: string;
  readonly bytes: Uint8Array;
}

/** One kept document as the binder's documents index lists it. */
export interface BinderDocument {
  readonly title: string;
  readonly kind: DocumentKind;
  readonly date: string;
  readonly mediaType: DocumentMediaType;
  readonly textStatus: DocumentTextStatus;
  readonly textNote: NotSearchableReason | null;
  /** True when its pages follow the binder's (a PDF that could be read): see `appendix`. */
  readonly appended: boolean;
}

/**
 * Everything one child's binder PDF shows, as plain data: it crosses to a render worker by structured clone,
 * so it holds no functions and no dates but `YYYY-MM-DD` strings. The server gathers it
 * (server/services/build-binder.ts); the sections (./sections/) decide every word.
 */
export interface BinderData {
  readonly language: BinderLanguage;
  /** The day the binder is made: the plan, deadlines and progress are as of this day. */
  readonly asOf: string;
  readonly child: {
    readonly givenName: string;
    readonly familyName: string;
    readonly birthDate: string | null;
    readonly school: string;
    readonly district: string;
    readonly grade: string;
    readonly jurisdiction: string;
  };
  /** Null when no plan has a final version yet. */
  readonly plan: BinderPlan | null;
  /** Null when the plan in effect is its plan's first final version (or there is none). */
  readonly planChanges: BinderPlanChanges | null;
  readonly deadlines: readonly Deadline[];
  readonly findings: readonly Finding[];
  /** Oldest first. */
  readonly meetings: readonly Meeting[];
  /** Oldest first. */
  readonly communications: readonly Communication[];
  /** Oldest first. */
  readonly letters: readonly EditedLetter[];
  /** The IEP in effect's progress report as of `asOf`, or null (no IEP, or one without goals). */
  readonly progress: ProgressReport | null;
  /** The services ledger as of `asOf`: required, delivered and owed per IEP service (docs/decisions/0033). */
  readonly services: ServicesLedger;
  /** Every kept document, oldest first (ties by title): the documents index. */
  readonly documents: readonly BinderDocument[];
  /** PDFs appended after the binder's pages (the uploaded PDF documents), in date order. */
  readonly appendix: readonly AppendedPdf[];
}
