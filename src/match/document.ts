/** A document prepared for matching: every field folded once. */
import { FIELDS, type Field } from './ast.js';
import { fold } from './fold.js';

/** What a query is matched against: a mention, an incoming item, or a line of `bin/yuqing match` input. */
export type MatchDocument = Partial<Record<Field, string | null | undefined>>;

let serial = 0;

/**
 * The last few values folded, with their folds: the same mention's title and text are prepared once for its
 * categories and again for its topics, and a fold costs a pass and a copy of the text.
 */
const RECENT = 4;
const recentIn: string[] = new Array<string>(RECENT).fill('');
const recentOut: string[] = new Array<string>(RECENT).fill('');
let recentNext = 0;

function foldRecent(value: string): string {
  if (value.length < 16) return fold(value);
  for (let i = 0; i < RECENT; i++) if (recentIn[i] === value) return recentOut[i] as string;
  const out = fold(value);
  recentIn[recentNext] = value;
  recentOut[recentNext] = out;
  recentNext = (recentNext + 1) % RECENT;
  return out;
}

export class FoldedDocument {
  /** Folded field values ('' when absent); same lengths as the originals. */
  readonly fields: Readonly<Record<Field, string>>;
  /** Distinct per instance; lets compiled queries cache per-document results without clearing. */
  readonly serial: number;
  constructor(doc: MatchDocument) {
    const fields = {} as Record<Field, string>;
    for (const f of FIELDS) fields[f] = foldRecent(doc[f] ?? '');
    this.fields = fields;
    serial = (serial + 1) >>> 0 || 1;
    this.serial = serial;
  }
}

export function prepareDocument(doc: MatchDocument | FoldedDocument): FoldedDocument {
  return doc instanceof FoldedDocument ? doc : new FoldedDocument(doc);
}
