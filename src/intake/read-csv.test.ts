import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileRecord } from './file-record.js';
import { readCsv } from './read-csv.js';

async function collect(text: string | Buffer): Promise<{ records: FileRecord[]; warnings: string[]; lines: number }> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  async function* source(): AsyncGenerator<Uint8Array> {
    // Small chunks, to cut through CRLF pairs and multi-byte characters.
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  }
  const warnings: string[] = [];
  const count = { lines: 0 };
  const records: FileRecord[] = [];
  for await (const r of readCsv(source(), count, (w) => warnings.push(w))) records.push(r);
  return { records, warnings, lines: count.lines };
}

describe('readCsv', () => {
  it('reads the fixture: BOM, CRLF, quoted multi-line fields, U+2028, blank lines, unknown columns', async () => {
    const { records, warnings, lines } = await collect(readFileSync(new URL('testdata/sample.csv', import.meta.url)));
    expect(warnings).toEqual(['column "extra" is not an item field; ignored']);
    expect(lines).toBe(8);
    expect(records.map((r) => [r.line, r.lastLine])).toEqual([
      [2, 3],
      [4, 4],
      [6, 8],
    ]);
    const [first, second, third] = records.map((r) => ('value' in r ? r.value : r.problem));
    expect(first).toMatchObject({ source: 'weibo', externalId: '5001', text: '第一行\n第二行，含"引号"', likes: '1,234', views: '1.5万' });
    expect(second).toMatchObject({ source: '', title: '标题\u2028二', publishedAt: '1769904000', parent: '5001' });
    expect(third).toMatchObject({ source: 'forum', text: '多行"内容"\n\n结束' });
  });

  it('reports a row with the wrong number of fields by its line and keeps going', async () => {
    const { records } = await collect('source,text\nweibo,一\nweibo\nweibo,"二\n行"\nweibo,三,多余\nweibo,四\n');
    expect(records.map((r) => ('problem' in r ? `${r.line}: ${r.problem}` : `${r.line}: ${String(r.value.text)}`))).toEqual([
      '2: 一',
      '3: expected 2 fields as in the header, found 1',
      '4: 二\n行',
      '6: expected 2 fields as in the header, found 3',
      '7: 四',
    ]);
  });

  it('reports a quote that is never closed at the line it opens, and reads on from the next line', async () => {
    const { records, lines } = await collect('source,text\r\nweibo,ok\r\nweibo,"never closed\r\nweibo,kept\r\n');
    expect(records.map((r) => ('problem' in r ? `${r.line}: ${r.problem}` : `${r.line}: ${String(r.value.text)}`))).toEqual([
      '2: ok',
      '3: a quoted field opened on this line is never closed; this line is skipped and reading goes on with the next',
      '4: kept',
    ]);
    expect(lines).toBe(4);
  });

  it('recovers from a stray quote that a later quoted field would "close" (unclosed-quote.csv)', async () => {
    const { records } = await collect(readFileSync(new URL('testdata/unclosed-quote.csv', import.meta.url)));
    expect(records.map((r) => ('problem' in r ? `${r.line}: ${r.problem}` : `${r.line}: ${String(r.value.text)}`))).toEqual([
      '2: 第一行正常',
      '3: a quoted field opened on this line is not closed on it (the record would run to line 5 and come out malformed); this line is skipped and reading goes on with the next',
      '4: 第三条正常',
      '5: 带引号的正常字段',
      '6: 最后一条',
    ]);
  });

  it.each([
    ['gbk.csv', 'GB18030 (from its bytes)'],
    ['utf16le-bom.csv', 'UTF-16LE (from its byte order mark)'],
  ])('reads %s in its own encoding and says which', async (name, note) => {
    const { records, warnings } = await collect(readFileSync(new URL(`testdata/${name}`, import.meta.url)));
    expect(warnings).toEqual([`reading the file as ${note}`]);
    expect(records.map((r) => ('value' in r ? [r.line, r.value.externalId, r.value.text] : [r.line, r.problem]))).toEqual([
      [2, 'g1', '星澜电器的电暖器用了两天就过热，客服说可以换新'],
      [3, 'g2', '客服回访了，退换挺快，放心了'],
      [4, 'g3', '镕基路的门店也在卖这款，价格"很实在"'],
    ]);
  });

  it('reports the row with an invalid byte by its line and reads the rest (invalid-byte.csv)', async () => {
    const { records } = await collect(readFileSync(new URL('testdata/invalid-byte.csv', import.meta.url)));
    expect(records.map((r) => ('value' in r ? [r.line, r.value.externalId] : [r.line, r.problem]))).toEqual([
      [2, 'g1'],
      [3, 'not valid UTF-8 text (a damaged byte, or a line in another encoding); skipped'],
      [4, 'g3'],
    ]);
  });

  it('keeps quotes inside an unquoted field instead of failing', async () => {
    const { records } = await collect('source,text\nweibo,他说"好"\n');
    expect(records).toEqual([{ line: 2, lastLine: 2, value: { source: 'weibo', text: '他说"好"' } }]);
  });
});
