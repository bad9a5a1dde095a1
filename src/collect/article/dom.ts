/** HTML text to a DOM document (linkedom: fast, no browser); always with <html>, <head> and <body>. */
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  // linkedom builds no tree for fragments; a wrapper guarantees documentElement and body.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document;
}

/** Attribute value, trimmed; undefined when missing or blank. */
export function attr(el: Element | null | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name)?.trim();
  return v ? v : undefined;
}
