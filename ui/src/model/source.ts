/**
 * A citation's quote inside its source text: the text cut into what comes before the quote,
 * the quote, and what follows, from the citation's UTF-16 offsets (JavaScript string indices
 * are UTF-16 code units too, so they apply as they are).
 */

export interface SourceSpan {
  before: string;
  match: string;
  after: string;
  /** How the span was found: the offsets as given, a search for the quote, or not at all. */
  found: 'offsets' | 'quote' | 'none';
}

/**
 * Splits `text` at the citation. Offsets are trusted when they are in range and the text there
 * is the quote (or there is no quote to check); otherwise the quote is searched for, nearest
 * to `start` first; when neither works, the whole text comes back in `before`.
 */
export function locateQuote(text: string, start: number | null, end: number | null, quote: string | null): SourceSpan {
  const valid = start != null && end != null && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  if (valid && (!quote || text.slice(start, end) === quote)) return split(text, start, end, 'offsets');
  if (quote) {
    let best = -1;
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      if (best < 0 || Math.abs(i - (start ?? 0)) < Math.abs(best - (start ?? 0))) best = i;
    }
    if (best >= 0) return split(text, best, best + quote.length, 'quote');
  }
  return { before: text, match: '', after: '', found: 'none' };
}

function split(text: string, start: number, end: number, found: SourceSpan['found']): SourceSpan {
  return { before: text.slice(0, start), match: text.slice(start, end), after: text.slice(end), found };
}
