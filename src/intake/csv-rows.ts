/**
 * CSV records from lines (RFC 4180 with relaxed quotes): `,` between fields, a field opened by `"` runs over line
 * breaks until its closing `"` (`""` inside is one quote), a `"` inside an unquoted field is kept as text.
 * A quote that is never closed is reported at the line that opened it and reading goes on at the next line,
 * so one stray quote costs one row, not the rest of the file. The same happens when a record running over several
 * lines comes out malformed — text right after a closing quote, or the wrong number of fields (`fits`): the quote
 * that opened it was most likely stray.
 */
import type { LineCount } from './file-record.js';
import type { Line } from './read-lines.js';

export type CsvRow = { line: number; lastLine: number; cells: string[] } | { line: number; lastLine: number; problem: string };

export interface CsvRowOptions {
  /** Largest record (in characters) a quoted field may grow to before it is taken as never closed. */
  maxRecordChars: number;
  /** Whether a record has the expected shape; a multi-line record that does not is re-read from its second line. */
  fits?: (cells: string[]) => boolean;
}

export async function* csvRows(lines: AsyncIterable<Line>, count: LineCount, opts: CsvRowOptions): AsyncGenerator<CsvRow> {
  const it = lines[Symbol.asyncIterator]();
  const replay: Line[] = [];
  const next = async (): Promise<Line | undefined> => {
    const again = replay.shift();
    if (again) return again;
    const r = await it.next();
    if (r.done) return undefined;
    count.lines = r.value.line;
    return r.value;
  };

  for (let first = await next(); first !== undefined; first = await next()) {
    const record = new RecordParser();
    const taken: Line[] = [first];
    let size = first.text.length;
    record.feed(first.text);
    let unclosed: string | null = null;
    while (record.open) {
      const more = size > opts.maxRecordChars ? undefined : await next();
      if (more === undefined) {
        unclosed =
          size > opts.maxRecordChars
            ? `a quoted field opened on this line is still open after ${Math.round(opts.maxRecordChars / 1024 / 1024)} MB (an unclosed quote?); this line is skipped and reading goes on with the next`
            : 'a quoted field opened on this line is never closed; this line is skipped and reading goes on with the next';
        break;
      }
      taken.push(more);
      size += more.text.length + 1;
      record.feed(`\n${more.text}`);
    }
    const lastLine = taken[taken.length - 1]?.line ?? first.line;
    if (unclosed !== null) {
      replay.unshift(...taken.slice(1));
      yield { line: first.line, lastLine: first.line, problem: unclosed };
      continue;
    }
    const cells = record.end();
    const misfit = taken.length > 1 && (record.malformed || (opts.fits !== undefined && !opts.fits(cells)));
    if (misfit) {
      replay.unshift(...taken.slice(1));
      yield {
        line: first.line,
        lastLine: first.line,
        problem: `a quoted field opened on this line is not closed on it (the record would run to line ${lastLine} and come out malformed); this line is skipped and reading goes on with the next`,
      };
      continue;
    }
    const bad = taken.find((l): l is Extract<Line, { problem: string }> => 'problem' in l);
    if (bad) yield { line: bad.line, lastLine, problem: bad.problem };
    else yield { line: first.line, lastLine, cells };
  }
}

class RecordParser {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  /** At the start of a field, where a `"` opens a quoted field. */
  private fresh = true;
  private justClosed = false;
  /** A quoted field was followed by text instead of `,` or the end: kept as text, but a sign of a stray quote. */
  malformed = false;

  get open(): boolean {
    return this.quoted;
  }

  feed(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if (this.justClosed && ch !== ',') this.malformed = true;
      this.justClosed = false;
      if (this.quoted) {
        if (ch !== '"') this.cell += ch;
        else if (s[i + 1] === '"') {
          this.cell += '"';
          i++;
        } else {
          this.quoted = false;
          this.justClosed = true;
        }
      } else if (ch === ',') {
        this.cells.push(this.cell);
        this.cell = '';
        this.fresh = true;
        continue;
      } else if (ch === '"' && this.fresh) this.quoted = true;
      else this.cell += ch;
      this.fresh = false;
    }
  }

  end(): string[] {
    return [...this.cells, this.cell];
  }
}
