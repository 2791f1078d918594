/**
 * One file's extraction → the rows the writer puts in the graph (cypher/README.md): documents
 * (the file's own, and a stub for each cited one), the agencies that issued them with the bodies
 * above those, and citation relationships with their provenance. Pure.
 */
import { agencyChain, type AgencyRecord } from './agencies.ts';
import type { Extraction } from './extract.ts';
import { searchWords } from './fold.ts';
import type { OcrInfo } from './formats/ocr.ts';
import type { Identity } from './identity.ts';
import type { Issuer } from './issuers.ts';
import { documentKey, type KeyParts } from './key.ts';
import { lawAlias, lawByNumber, lawCitedByName, lawYear } from './laws.ts';
import { ocrConfidence, ocrEvidence } from './ocr-evidence.ts';
import { namedPeriod } from './period.ts';
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
  /** Key parts the duplicate check compares: jurisdiction, type and running number (`489`). */
  jurisdiction: string;
  typeCode: string;
  serial: string | null;
  /** For a law: its name and year (laws.ts `lawAlias`), which joins name and number citations. */
  lawAlias: string | null;
  /** First and last year of the period the title names ("năm 2020", "giai đoạn 2016 - 2020"). */
  periodStart: number | null;
  periodEnd: number | null;
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
  /** 0–1; for a quote read by OCR, scaled by its least certain word (ingest/ocr-evidence.ts). */
  confidence: number;
  /** True when the quote was read by OCR (the page marks such evidence "read by OCR"). */
  ocr: boolean;
  /** Key of the document whose text holds the citation, and that document's file name. */
  source: string;
  file: string;
  /** True when `source` states a relation between two other documents. */
  stated: boolean;
  /**
   * What this citation says of the cited document (`to`), kept on the relationship so that
   * two citations giving different dates for one number both stay, each with its source.
   */
  citedDate: string | null;
  citedIssuer: string | null;
  citedTitle: string | null;
}

/** Everything one file contributes. */
export interface FileRecords {
  file: string;
  self: DocumentRecord & { file: string; contentHash: string };
  cited: DocumentRecord[];
  citations: CitationRecord[];
  /** The issuers of `self` and `cited`, with every body above them. */
  agencies: AgencyRecord[];
  /** The decoded text the citations' offsets point into (kept so a reader can see each quote in place). */
  text: string;
  /** What OCR contributed to `text` (read ranges, low-confidence words); null when nothing was OCR'd. */
  ocr: OcrInfo | null;
}

function searchText(d: Pick<DocumentRecord, 'number' | 'type' | 'issuer' | 'province' | 'title' | 'date'>): string {
  const date = d.date ? d.date.split('-').reverse().join('/') : '';
  return searchWords([d.number, d.type, d.issuer, d.province, d.title, date].filter(Boolean).join(' ')).join(' ');
}

/** The facts of a document before its key is made. */
interface Facts extends KeyParts {
  issuer: Issuer | null;
}

const LAW_TYPES = new Set(['Luật', 'Bộ luật']);

/**
 * A law's name and number joined: a law cited by name that laws.ts knows gets its number (so
 * its key is the number's), and every law gets the alias that lets the writer join a name-only
 * citation to the numbered document later.
 */
function isLaw(f: Facts): boolean {
  return Boolean((f.type && LAW_TYPES.has(f.type)) || /^QH\d*$/.test(f.numberIssuerCode ?? ''));
}

function withLaw(f: Facts): { facts: Facts; alias: string | null } {
  if (!isLaw(f)) return { facts: f, alias: null };
  if (f.number) {
    const year = lawYear(f.number);
    const known = lawByNumber(f.number);
    const name = f.title ?? known?.name ?? null;
    return { facts: { ...f, title: name, date: f.date ?? known?.date ?? null }, alias: name && year ? lawAlias(name, year) : null };
  }
  if (!f.title) return { facts: f, alias: null };
  const { name, year, law } = lawCitedByName(f.title, f.date);
  if (!name || !year) return { facts: f, alias: null };
  if (!law) return { facts: f, alias: lawAlias(name, year) };
  const code = /QH\d+$/.exec(law.number)![0];
  return {
    facts: { ...f, number: law.number, numberIssuerCode: code, numberYear: year, date: f.date ?? law.date, title: law.name },
    alias: lawAlias(law.name, year),
  };
}

function documentRecord(raw: Facts, province: string | null): DocumentRecord {
  const { facts: f, alias } = withLaw(raw);
  const key = documentKey(f);
  const [, jurisdiction, , typeCode, , tail] = key.split('/');
  // A law's "năm 2015" is the year it was passed, not a period it is for.
  const period = isLaw(f) ? null : namedPeriod(f.title);
  const base = {
    number: f.number,
    type: f.type,
    issuer: f.issuer?.name ?? null,
    province,
    date: f.date,
    title: f.title,
    level: f.issuer?.level ?? null,
  };
  return {
    key,
    ...base,
    jurisdiction,
    typeCode,
    serial: f.number ? tail : null,
    lawAlias: alias,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    searchText: searchText(base),
    resolved: f.issuer !== null,
  };
}

function selfRecord(identity: Identity, file: string): DocumentRecord {
  const n = identity.numberMatch;
  return documentRecord(
    {
      number: identity.number,
      numberIssuerCode: n?.issuerCode,
      numberTypeCode: n?.type?.code,
      numberYear: n?.year,
      type: identity.type,
      issuer: identity.issuer,
      date: identity.date,
      // A file without number or title is still one document: name it after the file.
      title: identity.title ?? (identity.number ? null : file),
    },
    identity.province?.name ?? null,
  );
}

function citedRecord(r: Resolved): DocumentRecord {
  return documentRecord(
    {
      number: r.number,
      numberIssuerCode: r.numberIssuerCode,
      numberTypeCode: r.numberTypeCode,
      numberYear: r.numberYear,
      type: r.type,
      issuer: r.issuer,
      date: r.date,
      // A stated subject describes the cited document; without a number it is also its name.
      title: r.title,
    },
    r.issuer?.province ?? null,
  );
}

/**
 * The records of one file. `hash` is the content hash of its bytes (kept on the document so
 * an unchanged file can be skipped); `text` the decoded text that was extracted; `ocr` what OCR
 * contributed to it, which marks the citations read by OCR and lowers the confidence of those
 * read from low-confidence words.
 */
export function toRecords(file: string, extraction: Extraction, hash: string, text = '', ocr: OcrInfo | null = null): FileRecords {
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
    const evidence = ocrEvidence(r.start, r.end, ocr);
    const edge = { quote: r.quote, start: r.start, end: r.end, confidence: ocrConfidence(r.confidence, evidence), ocr: evidence.ocr, source: self.key, file };
    if (r.stated && r.targetRef) {
      const target = r.targetRef;
      citations.push({ from: actor.key, to: recordOf(target).key, relation: r.relation, ...edge, stated: true,
        citedDate: target.date, citedIssuer: target.issuer?.name ?? null, citedTitle: target.title });
    } else if (actor.key !== self.key) {
      citations.push({ from: self.key, to: actor.key, relation: r.relation, ...edge, stated: false,
        citedDate: r.date, citedIssuer: r.issuer?.name ?? null, citedTitle: r.title });
    }
  }
  const unique = new Map<string, DocumentRecord>();
  for (const d of cited.values()) if (d.key !== self.key && !unique.has(d.key)) unique.set(d.key, d);
  const issuers = [extraction.identity.issuer, ...extraction.citations.map((r) => r.issuer)];
  const agencies = new Map<string, AgencyRecord>();
  for (const issuer of issuers) {
    if (!issuer) continue;
    for (const agency of agencyChain(issuer)) if (!agencies.has(agency.name)) agencies.set(agency.name, agency);
  }
  return { file, self: { ...self, file, contentHash: hash }, cited: [...unique.values()], citations, agencies: [...agencies.values()], text, ocr };
}

/**
 * The batch with document keys renamed by `renames` (old key → new key): documents, citation
 * ends and sources. Used when a law cited by name turns out to be a numbered law already in the
 * graph. Documents that become the same are kept once.
 */
export function rekey(batch: FileRecords[], renames: Map<string, string>): FileRecords[] {
  if (!renames.size) return batch;
  const to = (key: string) => renames.get(key) ?? key;
  return batch.map((f) => {
    const cited = new Map<string, DocumentRecord>();
    for (const d of f.cited) {
      const key = to(d.key);
      if (key !== to(f.self.key) && !cited.has(key)) cited.set(key, { ...d, key });
    }
    return {
      ...f,
      self: { ...f.self, key: to(f.self.key) },
      cited: [...cited.values()],
      citations: f.citations.map((c) => ({ ...c, from: to(c.from), to: to(c.to), source: to(c.source) })),
    };
  });
}
