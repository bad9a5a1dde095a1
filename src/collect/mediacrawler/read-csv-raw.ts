/** MediaCrawler CSV (UTF-8 BOM, CRLF, a header of its own field names) as records keyed by those names, with their lines. */
import { parse } from 'csv-parse';
import type { FileRecord, LineCount } from '../../intake/file-record.js';

export async function* readCsvRaw(input: AsyncIterable<Uint8Array>, count: LineCount): AsyncGenerator<FileRecord> {
  const parser = parse({ bom: true, info: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  (async () => {
    try {
      for await (const chunk of input) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let header: string[] | undefined;
  let lastLine = 0;
  for await (const out of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = lastLine + 1;
    lastLine = out.info.lines;
    count.lines = lastLine;
    if (!header) {
      header = out.record.map((h) => h.trim());
      continue;
    }
    if (out.record.length !== header.length) {
      yield { line, lastLine, problem: `expected ${header.length} fields as in the header, found ${out.record.length}` };
      continue;
    }
    const value: Record<string, unknown> = {};
    header.forEach((name, i) => {
      value[name] = out.record[i];
    });
    yield { line, lastLine, value };
  }
}
