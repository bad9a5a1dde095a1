/**
 * Caps a huge XML feed before parsing: counts its items cheaply, and when there are more than
 * `max`, cuts the text after the max-th item and closes the open elements, so parse time and
 * memory follow `max`, not the document's size.
 */

export interface Capped {
  xml: string;
  /** Items counted in the whole document (start tags, so an estimate for pathological input). */
  total: number;
}

export function capItems(xml: string, format: 'rss' | 'atom' | 'rdf', max: number): Capped {
  const tag = format === 'atom' ? 'entry' : 'item';
  const open = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s>/]`, 'gi');
  let total = 0;
  while (open.exec(xml)) total++;
  if (total <= max) return { xml, total };
  const close = new RegExp(`</(?:[\\w.-]+:)?${tag}\\s*>`, 'gi');
  let end = -1;
  for (let n = 0; n < max; n++) {
    if (!close.exec(xml)) return { xml, total };
    end = close.lastIndex;
  }
  const root = xml.match(/<((?:[\w.-]+:)?(?:rss|feed|rdf))[\s>]/i)?.[1] ?? (format === 'atom' ? 'feed' : 'rss');
  const closers = format === 'rss' ? `</channel></${root}>` : `</${root}>`;
  return { xml: `${xml.slice(0, Math.max(end, 0))}${closers}`, total };
}
