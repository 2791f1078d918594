/**
 * A generated document (model.ts) straight to the graph rows the writer takes (FileRecords),
 * without text or extraction: for corpus sizes where generating and reading text is the
 * bottleneck (`npm run gen -- --direct`). The keys, issuers and agencies are made by the same
 * functions the extractor's records use, so both ways give one graph.
 */
import { agencyChain } from '../../ingest/agencies.ts';
import { issuerCode } from '../../ingest/codes.ts';
import { searchWords } from '../../ingest/fold.ts';
import { provincialIssuer, type Issuer } from '../../ingest/issuers.ts';
import { documentKey } from '../../ingest/key.ts';
import { namedPeriod } from '../../ingest/period.ts';
import { provinceByName } from '../../ingest/provinces.ts';
import type { DocumentRecord, FileRecords } from '../../ingest/records.ts';
import type { GenDoc } from './model.ts';

function issuerOf(doc: GenDoc): Issuer {
  const entry = issuerCode(doc.issuer.code)!;
  const province = doc.issuer.province ? provinceByName(doc.issuer.province) : null;
  if (province) return provincialIssuer(entry, province);
  return { name: entry.name, level: entry.level, province: null, code: entry.code };
}

function record(doc: GenDoc): DocumentRecord {
  const issuer = issuerOf(doc);
  const m = /^(\d+)(?:\/(\d{4}))?[/-]([^-/]+)[-/](.+)$/.exec(doc.number)!;
  const key = documentKey({ number: doc.number, numberIssuerCode: m[4], numberTypeCode: m[3], numberYear: m[2] ? Number(m[2]) : null,
    type: doc.typeName, issuer, date: doc.date, title: doc.title });
  const [, jurisdiction, , typeCode, , serial] = key.split('/');
  const period = namedPeriod(doc.title);
  const base = { number: doc.number, type: doc.typeName, issuer: issuer.name, province: issuer.province, date: doc.date, title: doc.title, level: issuer.level };
  return { key, ...base, jurisdiction, typeCode, serial, lawAlias: null, periodStart: period?.start ?? null, periodEnd: period?.end ?? null,
    searchText: searchWords([base.number, base.type, base.issuer, base.province, base.title].filter(Boolean).join(' ')).join(' '), resolved: true };
}

/** The rows of `doc` as if its file `gen-<id>.txt` had been ingested. */
export function toFileRecords(doc: GenDoc): FileRecords {
  const self = record(doc);
  const cited = doc.cites.map((c) => record(c.doc));
  const file = `gen-${doc.id}.txt`;
  return {
    file,
    self: { ...self, file, contentHash: `gen-${doc.id}` },
    cited,
    citations: doc.cites.map((c, i) => ({
      from: self.key, to: cited[i].key, relation: c.relation, quote: `${c.doc.typeName} số ${c.doc.number}`, start: 0, end: 0,
      confidence: 0.97, source: self.key, file, stated: false, ocr: false, citedDate: c.doc.date, citedIssuer: cited[i].issuer, citedTitle: c.doc.title,
    })),
    agencies: [...new Map([issuerOf(doc), ...doc.cites.map((c) => issuerOf(c.doc))].flatMap(agencyChain).map((a) => [a.name, a])).values()],
    text: '',
    ocr: null,
  };
}
