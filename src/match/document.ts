/** A document prepared for matching: every field folded once. */
import { FIELDS, type Field } from './ast.js';
import { fold } from './fold.js';

/** What a query is matched against: a mention, an incoming item, or a line of `bin/yuqing match` input. */
export type MatchDocument = Partial<Record<Field, string | null | undefined>>;

let serial = 0;

export class FoldedDocument {
  /** Folded field values ('' when absent); same lengths as the originals. */
  readonly fields: Readonly<Record<Field, string>>;
  /** Distinct per instance; lets compiled queries cache per-document results without clearing. */
  readonly serial: number;
  constructor(doc: MatchDocument) {
    const fields = {} as Record<Field, string>;
    for (const f of FIELDS) fields[f] = fold(doc[f] ?? '');
    this.fields = fields;
    serial = (serial + 1) >>> 0 || 1;
    this.serial = serial;
  }
}

export function prepareDocument(doc: MatchDocument | FoldedDocument): FoldedDocument {
  return doc instanceof FoldedDocument ? doc : new FoldedDocument(doc);
}
