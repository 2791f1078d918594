/** The selected document lives in the address (`?doc=<key>`), so a reload restores it. */

export const DOC_PARAM = 'doc';

export function docFromSearch(search: string): string | null {
  const key = new URLSearchParams(search).get(DOC_PARAM);
  return key && key.trim() ? key.trim() : null;
}

/** The query string (with its "?", or "" when empty) with `doc` set to `key` or removed. */
export function searchWithDoc(search: string, key: string | null): string {
  const params = new URLSearchParams(search);
  if (key) params.set(DOC_PARAM, key);
  else params.delete(DOC_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}
