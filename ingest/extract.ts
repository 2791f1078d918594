/**
 * The extractor: decoded text → the document's identity and the documents it cites, as the
 * JSON Lines rows of DOMAIN.md §6. Pure: no files, no database.
 */
import { findCitations } from './citations.ts';
import { foldDocument } from './fold.ts';
import { readIdentity, type Identity } from './identity.ts';
import { readLayout } from './layout.ts';
import { resolveCitations, type Resolved } from './resolve.ts';

/** The `self` row of DOMAIN.md §6. */
export interface SelfRow {
  file: string;
  self: true;
  number: string | null;
  type: string | null;
  issuer: string | null;
  province: string | null;
  date: string | null;
  title: string | null;
}

/** A citation row of DOMAIN.md §6 (offsets in UTF-16 code units of the decoded text). */
export interface CitationRow {
  file: string;
  number: string | null;
  type: string | null;
  issuer: string | null;
  date: string | null;
  relation: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  title?: string;
  target?: string;
  stated?: true;
}

/** Everything extracted from one text. */
export interface Extraction {
  identity: Identity;
  citations: Resolved[];
}

/** Extract identity and citations from decoded `text` (NFC). Never throws on any string. */
export function extract(text: string): Extraction {
  const folded = foldDocument(text);
  const layout = readLayout(text, folded);
  const identity = readIdentity(text, folded, layout);
  const citations = resolveCitations(findCitations(text, folded), identity, text, folded, layout);
  return { identity, citations };
}

/** The `self` row for `file`. */
export function selfRow(file: string, identity: Identity): SelfRow {
  return {
    file,
    self: true,
    number: identity.number,
    type: identity.type,
    issuer: identity.issuer?.name ?? null,
    province: identity.province?.name ?? null,
    date: identity.date,
    title: identity.title,
  };
}

/** The §6 row of one resolved citation of `file`. */
export function citationRow(file: string, r: Resolved): CitationRow {
  const row: CitationRow = {
    file,
    number: r.number,
    type: r.type,
    issuer: r.issuer?.name ?? null,
    date: r.date,
    relation: r.relation,
    quote: r.quote,
    start: r.start,
    end: r.end,
    confidence: r.confidence,
  };
  if (r.title) row.title = r.title;
  if (r.stated && r.target) {
    row.target = r.target;
    row.stated = true;
  }
  return row;
}
