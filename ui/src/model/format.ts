/**
 * How documents read on the page: dates, names and node labels.
 */
import { shortType, UI } from './labels.ts';
import type { DocumentSummary } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** "2021-03-24" → "24/03/2021"; missing → ""; anything not an ISO date is shown as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Longest title kept whole on a node; longer ones are cut at a word and end in "…". */
export const TITLE_MAX = 32;

/** Collapses spaces and cuts a long title at a word boundary: "Luật Tổ chức chính quyền…". */
export function shortenTitle(title: string, max: number = TITLE_MAX): string {
  const text = title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Cut at the last space, unless the cut already ends a word.
  const space = text.charAt(cut.length) === ' ' ? cut.length : cut.lastIndexOf(' ');
  const head = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/u, '')}…`;
}

type Named = Pick<DocumentSummary, 'number' | 'title'>;

/** Số ký hiệu; for a document cited by name only, its shortened title. */
export function documentName(doc: Named): string {
  if (doc.number) return doc.number;
  if (doc.title) return shortenTitle(doc.title);
  return UI.untitled;
}

/** The label of a graph node: the name, a new line, the short type ("18/QĐ-BQL\nQĐ"). */
export function nodeLabel(doc: Named & Pick<DocumentSummary, 'type'>): string {
  const type = shortType(doc.type);
  const name = documentName(doc);
  return type ? `${name}\n${type}` : name;
}

/** One line describing a search result: "Quyết định · Ban QLDA … · 24/03/2021". */
export function documentLine(doc: Pick<DocumentSummary, 'type' | 'issuer' | 'date'>): string {
  return [doc.type, doc.issuer, formatDate(doc.date)].filter((s) => s).join(' · ');
}
