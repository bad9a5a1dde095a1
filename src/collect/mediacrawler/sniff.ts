/**
 * Telling from the head of a file whether it is MediaCrawler output (its first record has a platform's own field
 * names and none of the incoming-item ones), so a plain import of it can say which flag to use instead of rejecting
 * every line.
 */
import { open } from 'node:fs/promises';
import { detectRecord } from './detect.js';
import { platforms } from './platforms.js';
import { readJsonArray } from './read-json-array.js';

const headBytes = 256 * 1024;

/** `weibo posts`, `xiaohongshu comments`… when the text's first record is a MediaCrawler record; null otherwise. Pure. */
export function mediaCrawlerKindOf(head: string): string | null {
  const record = firstRecord(head.replace(/^\uFEFF/, ''));
  if (!record || Object.hasOwn(record, 'source') || Object.hasOwn(record, 'text')) return null;
  const d = detectRecord(record);
  return d ? `${platforms[d.platform].name} ${d.kind}s` : null;
}

/** The same, for a file on disk (its first 256 KB). */
export async function mediaCrawlerKindOfFile(path: string): Promise<string | null> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.alloc(headBytes);
    const { bytesRead } = await file.read(buf, 0, headBytes, 0);
    return mediaCrawlerKindOf(new TextDecoder('utf-8').decode(buf.subarray(0, bytesRead)));
  } finally {
    await file.close();
  }
}

function firstRecord(s: string): Record<string, unknown> | null {
  const t = s.trimStart();
  if (t.startsWith('[')) {
    for (const r of readJsonArray(t, { lines: 0 })) return 'value' in r ? r.value : null;
    return null;
  }
  const line = t.split('\n', 1)[0]?.trim() ?? '';
  if (line.startsWith('{')) {
    try {
      const v: unknown = JSON.parse(line);
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  // A CSV header: the field names are what tells.
  const names = line.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
  return names.length > 1 ? Object.fromEntries(names.map((n) => [n, ''])) : null;
}
