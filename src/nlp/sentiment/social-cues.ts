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
const CLAUSE = /[^，,。！？!?；;\n]+/g;

/** A resolution counts only where the post ends on it: among its last few clauses (先是…修好了，后是… moves past it). */
const RESOLUTION_TAIL = 4;

/** An after-sales step praised for its speed (退换挺快, 退款很及时, 处理速度还可以); shipping speed (发货快) is the model's business. */
const FAST_SERVICE =
  /(?:退换|退款|退货|换货|售后|处理|回复|响应|维修|理赔|赔付|补发|到账)(?:速度|效率)?(?:也|都)?(?:很|挺|特别|非常|超|真|蛮|还算|还)?(?:快|及时|迅速|利索|麻利|顺利|高效|可以)/;

function resolvedAt(clause: string): number {
  for (const phrase of RESOLVED) {
    const at = clause.indexOf(phrase);
    if (at >= 0) return at;
  }
  return clause.search(FAST_SERVICE);
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
  const clauses = [...text.matchAll(CLAUSE)].filter((m) => m[0].trim() !== '');
  let n = 0;
  let start = -1;
  let before = 0;
  const tail = Math.max(0, clauses.length - RESOLUTION_TAIL);
  clauses.slice(tail).forEach((m, i) => {
    const at = resolvedAt(m[0]);
    if (at < 0 || UNDONE.test(m[0].slice(0, at))) return;
    n++;
    if (start < 0) {
      start = m.index ?? 0;
      before = tail + i;
    }
  });
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
