/**
 * Cues of social posts that review corpora barely teach, written for this project: a problem reported as resolved
 * (after-sales praise: 修好了, 退款到账了, 放心了) and scare-quoted praise (“快充”, 太“好”了).
 */

/** Phrases saying a problem was put right or the writer was reassured. */
const RESOLVED = [
  '解决了',
  '已解决',
  '得到解决',
  '修好了',
  '换好了',
  '弄好了',
  '处理好了',
  '及时处理',
  '马上处理',
  '当场处理',
  '就处理了',
  '处理得很快',
  '处理得挺快',
  '处理得很及时',
  '处理得很到位',
  '处理得挺到位',
  '处理得很专业',
  '到账了',
  '已到账',
  '退回来了',
  '退回了',
  '原路返回',
  '退了款',
  '退款成功',
  '补发了',
  '重新发货',
  '重新送',
  '重做',
  '换了新的',
  '寄来了新的',
  '发来了新的',
  '当场换',
  '免单',
  '免费更换',
  '免费换',
  '赔了',
  '赔偿了',
  '补偿了',
  '放心了',
  '安心了',
  '松了口气',
  '气也消了',
  '回访了',
  '来回访',
  '找回了',
];
/**
 * Words in the clause before a resolution phrase that undo it: negation (没修好, 还没到账), a mere promise or wish (说是会补偿, 希望给点补偿),
 * a refusal (退款被驳回), a concession (虽然很快就修好了), or a grudging end (才解决了, 最后退款解决了, 终于修好了).
 */
const UNDONE = /没|未|不|别|无法|拒绝|驳回|说是|说好|承诺|答应|会|要|希望|想|才|最后|终于|虽然|尽管/;

/** A resolution counts only where the post ends on it: among its last few clauses (先是…修好了，后是… moves past it). */
const RESOLUTION_TAIL = 4;

/** An after-sales step praised for its speed (退换挺快, 退款很及时, 处理速度还可以); shipping speed (发货快) is the model's business. */
const FAST_SERVICE =
  /(?:退换|退款|退货|换货|售后|处理|回复|响应|维修|理赔|赔付|补发|到账)(?:速度|效率)?(?:也|都)?(?:很|挺|特别|非常|超|真|蛮|还算|还)?(?:快|及时|迅速|利索|麻利|顺利|高效|可以)/;

/** The resolution phrases by their first code unit (indices into RESOLVED), for one pass over a clause. */
const PHRASES_AT = new Map<number, number[]>();
RESOLVED.forEach((phrase, i) => {
  const list = PHRASES_AT.get(phrase.charCodeAt(0)) ?? [];
  list.push(i);
  PHRASES_AT.set(phrase.charCodeAt(0), list);
});

/** Where the first phrase of RESOLVED (in list order) that the clause holds first occurs, else where FAST_SERVICE matches. */
function resolvedAt(clause: string): number {
  let best = RESOLVED.length;
  let at = -1;
  for (let i = 0; i < clause.length; i++) {
    const candidates = PHRASES_AT.get(clause.charCodeAt(i));
    if (!candidates) continue;
    for (const p of candidates) {
      if (p < best && clause.startsWith(RESOLVED[p] as string, i)) {
        best = p;
        at = i;
      }
    }
  }
  return at >= 0 ? at : clause.search(FAST_SERVICE);
}

/** Code units that end a clause: a clause is a run of other characters. */
const CLAUSE_BREAK = new Uint8Array(65536);
for (const c of '，,。！？!?；;\n') CLAUSE_BREAK[c.charCodeAt(0)] = 1;

/** White space as `trim()` and `\s` see it. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Start and end offsets of the clauses that are not blank (white space only), in order. */
function clauseSpans(text: string): number[] {
  const spans: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (CLAUSE_BREAK[text.charCodeAt(i)] === 1) {
      i++;
      continue;
    }
    let j = i;
    let blank = true;
    for (; j < text.length && CLAUSE_BREAK[text.charCodeAt(j)] !== 1; j++) if (blank && !isSpace(text.charCodeAt(j))) blank = false;
    if (!blank) spans.push(i, j);
    i = j;
  }
  return spans;
}

export interface Resolution {
  /** Clauses near the end reporting a resolution, each without a negator, promise or concession before the phrase. */
  clauses: number;
  /** Where the first of them starts: what comes before is the problem's backstory. */
  start: number;
  /** How many clauses come before it. */
  before: number;
}

export function findResolution(text: string): Resolution {
  const spans = clauseSpans(text);
  const count = spans.length / 2;
  let n = 0;
  let start = -1;
  let before = 0;
  const tail = Math.max(0, count - RESOLUTION_TAIL);
  for (let k = tail; k < count; k++) {
    const from = spans[2 * k] as number;
    const clause = text.slice(from, spans[2 * k + 1]);
    const at = resolvedAt(clause);
    if (at < 0 || UNDONE.test(clause.slice(0, at))) continue;
    n++;
    if (start < 0) {
      start = from;
      before = k;
    }
  }
  return { clauses: n, start: Math.max(0, start), before };
}

/** A short span in quotation marks; in a complaining post, a so-called (“快充”, 太“好”了; see zh-rules.ts). */
const SCARE_QUOTED = /[“"「『‘]([^“”"「」『』‘’]{1,6})[”"」』’]/g;

export interface QuotedSpan {
  start: number;
  end: number;
  inner: string;
}

export function quotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const m of text.matchAll(SCARE_QUOTED)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, inner: m[1] ?? '' });
  }
  return out;
}
