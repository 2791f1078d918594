/**
 * Types of what the page shows, mirroring api/schema.graphql (kept here so that the UI
 * does not depend on the API's generated code) and the explicit request states.
 */

/** A document as the API returns it (`Document` in the schema). */
export interface DocumentSummary {
  key: string;
  number: string | null;
  type: string | null;
  issuer: string | null;
  province: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  title: string | null;
  /** Level of authority: smaller is higher (1 Party centre … 6 Sở/Ban). */
  level: number | null;
  /** False for a stub: known only because another document cites it. */
  ingested: boolean;
}

/** Relation names, as in DOMAIN.md section 4. */
export type Relation =
  | 'BASED_ON'
  | 'IMPLEMENTS'
  | 'GUIDES'
  | 'AMENDS'
  | 'REPLACES'
  | 'REPEALS'
  | 'CITES';

/** A citation from the citing (`from`) to the cited (`to`) document. */
export interface GraphEdge {
  from: string;
  to: string;
  /** One of {@link Relation}; the API types it as a plain string. */
  relation: string;
  quote: string | null;
  /** The quote was read by OCR (absent from older servers: not read by OCR). */
  ocr?: boolean;
  /** 0–1; lowered when the quote holds words the OCR was unsure of. */
  confidence?: number | null;
}

export interface Graph {
  nodes: DocumentSummary[];
  edges: GraphEdge[];
  /** True when the API's size limit cut the graph (absent in hand-made graphs). */
  truncated?: boolean;
}

/** One citation with its evidence (`Citation` in the schema). */
export interface Citation {
  relation: string;
  from: DocumentSummary;
  to: DocumentSummary;
  quote: string | null;
  /** UTF-16 offsets of `quote` in the text of `file`: start inclusive, end exclusive. */
  start: number | null;
  end: number | null;
  confidence: number | null;
  /** The quote was read by OCR from a scan or an image. */
  ocr?: boolean;
  file: string | null;
  /** Key of the document whose text holds the citation (the citing one unless stated). */
  source: string | null;
  stated: boolean;
}

/** The outgoing citations of one relation. */
export interface CitationGroup {
  relation: string;
  count: number;
  citations: Citation[];
}

/** The decoded text of the file a document was read from. */
export interface SourceText {
  file: string;
  text: string;
}

/** A Relay page. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A document with everything the document view shows. */
export interface DocumentDetail extends DocumentSummary {
  file: string | null;
  citations: CitationGroup[];
  citedBy: Page<Citation>;
}

export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** One audit finding (`Finding` in the schema). */
export interface Finding {
  code: string;
  severity: Severity;
  citing: DocumentSummary;
  cited: DocumentSummary | null;
  quote: string | null;
  related: DocumentSummary[];
  reason: string;
  reasonEn: string;
}

/** Arguments of `audit` other than paging. */
export interface AuditFilter {
  /** Only the findings about citations made by this document or of it. */
  key?: string | null;
  province?: string | null;
  issuer?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  codes?: string[] | null;
  severity?: Severity | null;
}

/** One province's uptake of a higher document (`ProvinceUptake`). */
export interface ProvinceUptake {
  province: string;
  cited: boolean;
  direct: boolean;
  documents: number;
  first: DocumentSummary | null;
  lagDays: number | null;
}

/** `ProvinceComparison`: rows of higher documents × provinces. */
export interface ProvinceComparison {
  provinces: string[];
  level: number;
  rows: Array<{ document: DocumentSummary; provinces: ProvinceUptake[] }>;
  truncated: boolean;
}

/** A name with its document count (`NameCount`). */
export interface NameCount {
  name: string;
  documents: number;
}

/** What the filters offer: `stats`. */
export interface Stats {
  documents: number;
  provinces: NameCount[];
  issuers: NameCount[];
}

export type Direction = 'UP' | 'DOWN' | 'BOTH';

/**
 * The state of one request. Loading and failure are states of their own, so a view can
 * never show stale data as if it were the answer, nor lose an error.
 */
export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

export const idle: Remote<never> = { status: 'idle' };
export const loading: Remote<never> = { status: 'loading' };
export function ready<T>(data: T): Remote<T> {
  return { status: 'ready', data };
}
export function failed(error: unknown): Remote<never> {
  return { status: 'error', message: errorMessage(error) };
}

/** The message of whatever was thrown, never empty. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return String(error) || 'Lỗi không rõ';
}
