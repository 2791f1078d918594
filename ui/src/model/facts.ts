/**
 * What the facts panel says about one document of a lineage.
 */
import { documentName, formatDate } from './format.ts';
import type { Lang } from './i18n.ts';
import { FIELD_LABELS, FIELD_LABELS_EN, ingestedLabel, levelLabel, relationLabel } from './labels.ts';
import type { DocumentSummary, Graph } from './types.ts';

export interface Fact {
  field: keyof typeof FIELD_LABELS;
  label: string;
  /** "" when the document does not say. */
  value: string;
}

/** The fields in reading order, with their labels (Vietnamese unless `lang` says) and display values. */
export function documentFacts(doc: DocumentSummary, lang: Lang = 'vi'): Fact[] {
  const labels = lang === 'en' ? FIELD_LABELS_EN : FIELD_LABELS;
  const fact = (field: Fact['field'], value: string | null | undefined): Fact => ({
    field,
    label: labels[field],
    value: value ?? '',
  });
  return [
    fact('number', doc.number),
    fact('type', doc.type),
    fact('issuer', doc.issuer),
    fact('province', doc.province),
    fact('date', formatDate(doc.date)),
    fact('title', doc.title),
    fact('level', levelLabel(doc.level, lang)),
    fact('ingested', ingestedLabel(doc.ingested, lang)),
  ];
}

export interface RelatedDocument {
  key: string;
  name: string;
  relation: string;
  relationLabel: string;
  quote: string | null;
  /** The quote was read by OCR: the panel marks it "read by OCR". */
  ocr: boolean;
}

/** The documents one document cites, and those citing it, inside a drawn graph. */
export function relationsOf(graph: Graph, key: string): { cites: RelatedDocument[]; citedBy: RelatedDocument[] } {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const related = (other: string, relation: string, quote: string | null, ocr = false): RelatedDocument => {
    const doc = byKey.get(other);
    return {
      key: other,
      name: doc ? documentName(doc) : other,
      relation,
      relationLabel: relationLabel(relation),
      quote,
      ocr,
    };
  };
  return {
    cites: graph.edges.filter((e) => e.from === key).map((e) => related(e.to, e.relation, e.quote, e.ocr)),
    citedBy: graph.edges.filter((e) => e.to === key).map((e) => related(e.from, e.relation, e.quote, e.ocr)),
  };
}
