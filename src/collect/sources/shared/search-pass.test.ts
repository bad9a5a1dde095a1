/** The search-API pass on its own: paging and its three stops, results met again, the cursor kept per query. */
import { describe, expect, it } from 'vitest';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { newest, type SearchApi, searchPass } from './search-pass.js';

interface Result {
  id: string;
  at: number;
}

/** Pages of results per query; each page's `next` is its index + 1 while more pages are left. */
function api(pages: Record<string, Result[][]>, over: Partial<SearchApi<Result, number>> = {}) {
  const asked: string[] = [];
  const spec: SearchApi<Result, number> = {
    queries: Object.keys(pages),
    noQueries: 'nothing to search for',
    markType: 'number',
    maxPages: 5,
    async fetchPage(q, since, token, n) {
      asked.push(`${q}:${n}:${token ?? '-'}:${since ?? '-'}`);
      const list = pages[q] ?? [];
      return { results: list[n] ?? [], ...(n + 1 < list.length ? { next: String(n + 1) } : {}) };
    },
    toItem: (r): IncomingItem | null => (r.id.startsWith('empty') ? null : { source: 's', externalId: r.id, title: '', text: r.id }),
    advance: (mark, r) => newest(mark, r.at),
    leftOut: { what: 'result(s)', why: 'nothing to keep' },
    ...over,
  };
  return { spec, asked };
}

describe('searchPass', () => {
  it('follows pages until the last, counts what it cannot keep, and keeps the newest mark per query', async () => {
    const { spec, asked } = api({ a: [[{ id: '1', at: 10 }], [{ id: 'empty', at: 30 }]], b: [[{ id: '2', at: 5 }]] });
    const r = await searchPass(spec, {});
    expect(r.items.map((i) => i.externalId)).toEqual(['1', '2']);
    expect(r.note).toBe('1 result(s) left out: nothing to keep');
    expect(r.state.cursor).toEqual({ a: 30, b: 5 });
    expect(asked).toEqual(['a:0:-:-', 'a:1:1:-', 'b:0:-:-']);
  });

  it('stops at maxPages, and after a page that reaches results the last pass had', async () => {
    const many = Array.from({ length: 5 }, (_, i) => [{ id: `p${i}`, at: 100 - i }]);
    const capped = api({ q: many }, { maxPages: 2 });
    expect((await searchPass(capped.spec, {})).items).toHaveLength(2);
    const resumed = api({ q: many }, { seen: (r, since) => r.at <= (since ?? 0) });
    const r = await searchPass(resumed.spec, { cursor: { q: 99 } });
    expect(r.items.map((i) => i.externalId)).toEqual(['p0']);
    expect(resumed.asked).toEqual(['q:0:-:99', 'q:1:1:99']);
    expect(r.state.cursor).toEqual({ q: 100 });
  });

  it('keeps a result two queries find once, and ignores a cursor of another shape', async () => {
    const { spec } = api({ a: [[{ id: 'x', at: 1 }]], b: [[{ id: 'x', at: 1 }]] }, { identity: (r) => r.id });
    const r = await searchPass(spec, { cursor: { a: 'not a number' } });
    expect(r.items).toHaveLength(1);
    expect(r.state.cursor).toEqual({ a: 1 });
  });

  it('says so when there is nothing to search for', async () => {
    const r = await searchPass({ ...api({}).spec, queries: [] }, { etag: 'e' });
    expect(r).toEqual({ items: [], state: { etag: 'e' }, note: 'nothing to search for' });
  });
});
