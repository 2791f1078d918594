/**
 * One file's extraction → the rows the writer puts in the graph: documents (the file's own,
 * and a stub for each cited one) and citation relationships with their provenance. Pure.
 */
import type { Extraction } from './extract.ts';
import { searchWords } from './fold.ts';
import type { Identity } from './identity.ts';
import { documentKey } from './key.ts';
import type { Resolved } from './resolve.ts';

/** A `(:Document)` as the writer stores it. `date` is ISO `YYYY-MM-DD`. */
export interface DocumentRecord {
  key: string;
  number: string | null;
  type: string | null;
  issuer: string | null;
  province: string | null;
  date: string | null;
  title: string | null;
  level: number | null;
  /** Folded words of number, type, issuer, province, title and date, for `search`. */
  searchText: string;
  /** False when the issuer could not be told: the citation is kept, marked unresolved. */
  resolved: boolean;
}

/** A citation relationship: from the citing (or acting) document to the other. */
export interface CitationRecord {
  from: string;
  to: string;
  relation: string;
  quote: string;
  /** UTF-16 offsets of `quote` in the source document's decoded text. */
  start: number;
  end: number;
  confidence: number;
  /** Key of the document whose text holds the citation. */
  source: string;
  /** True when `source` states a relation between two other documents. */
  stated: boolean;
}

/** Everything one file contributes. */
export interface FileRecords {
  file: string;
  self: DocumentRecord & { file: string; contentHash: string };
  cited: DocumentRecord[];
  citations: CitationRecord[];
}

function searchText(d: Omit<DocumentRecord, 'searchText' | 'key' | 'resolved'>): string {
  const date = d.date ? d.date.split('-').reverse().join('/') : '';
  return searchWords([d.number, d.type, d.issuer, d.province, d.title, date].filter(Boolean).join(' ')).join(' ');
}

function selfRecord(identity: Identity, file: string): DocumentRecord {
  const base = {
    number: identity.number,
    type: identity.type,
    issuer: identity.issuer?.name ?? null,
    province: identity.province?.name ?? null,
    date: identity.date,
    title: identity.title,
    level: identity.issuer?.level ?? null,
  };
  const n = identity.numberMatch;
  const key = documentKey({
    number: identity.number,
    numberIssuerCode: n?.issuerCode,
    numberTypeCode: n?.type?.code,
    numberYear: n?.year,
    type: identity.type,
    issuer: identity.issuer,
    date: identity.date,
    // A file without number or title is still one document: name it after the file.
    title: identity.title ?? file,
  });
  return { key, ...base, searchText: searchText(base), resolved: identity.issuer !== null };
}

function citedRecord(r: Resolved): DocumentRecord {
  const base = {
    number: r.number,
    type: r.type,
    issuer: r.issuer?.name ?? null,
    province: r.issuer?.province ?? null,
    date: r.date,
    title: r.title && !r.number ? r.title : null,
    level: r.issuer?.level ?? null,
  };
  const key = documentKey({
    number: r.number,
    numberIssuerCode: r.numberIssuerCode,
    numberTypeCode: r.numberTypeCode,
    numberYear: r.numberYear,
    type: r.type,
    issuer: r.issuer,
    date: r.date,
    title: r.title,
  });
  return { key, ...base, searchText: searchText(base), resolved: r.issuer !== null };
}

/**
 * The records of one file. `hash` is the content hash of its bytes (kept on the document so
 * an unchanged file can be skipped).
 */
export function toRecords(file: string, extraction: Extraction, hash: string): FileRecords {
  const self = selfRecord(extraction.identity, file);
  const cited = new Map<Resolved, DocumentRecord>();
  const recordOf = (r: Resolved) => {
    let rec = cited.get(r);
    if (!rec) cited.set(r, (rec = citedRecord(r)));
    return rec;
  };
  const citations: CitationRecord[] = [];
  for (const r of extraction.citations) {
    const actor = recordOf(r);
    const edge = { quote: r.quote, start: r.start, end: r.end, confidence: r.confidence, source: self.key };
    if (r.stated && r.targetRef) {
      citations.push({ from: actor.key, to: recordOf(r.targetRef).key, relation: r.relation, ...edge, stated: true });
    } else if (actor.key !== self.key) {
      citations.push({ from: self.key, to: actor.key, relation: r.relation, ...edge, stated: false });
    }
  }
  const unique = new Map<string, DocumentRecord>();
  for (const d of cited.values()) if (d.key !== self.key && !unique.has(d.key)) unique.set(d.key, d);
  return { file, self: { ...self, file, contentHash: hash }, cited: [...unique.values()], citations };
}
