/** Chinese (and simple English) bylines in page text: 作者/记者, 来源, 发布时间 and bare dates near the headline. */

export interface Byline {
  author?: string;
  source?: string;
  /** The date text found, for parseLooseDate. */
  date?: string;
}

const stop = '[\\s　|｜/,，。;；()（）\\[\\]【】]';
const name = `([\\u4e00-\\u9fa5·]{2,6}|[A-Za-z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})`;
const dateText = '(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}[:：时]\\d{1,2}(?:[:：分]\\d{1,2})?)?)';

const authorRe = new RegExp(`(?:作\\s*者|撰文|(?<![原全正图])文)\\s*[:：]\\s*${name}|(?:本报|本台|本网)?记者\\s*[:：]?\\s*${name}`);
const sourceRe = new RegExp(`(?:来源|來源|出处|稿源)\\s*[:：]\\s*([^\\s　|｜/,，。;；]{2,30}?)(?=${stop}|$|作者|记者|发布|时间|编辑)`);
const labelledDateRe = new RegExp(
  `(?:发布时间|發佈時間|发布日期|发表时间|發表時間|发表于|發表於|发布于|时间|時間|日期|Published|Posted)\\s*[:：]?\\s*${dateText}`,
  'i',
);
const bareDateRe = new RegExp(dateText);

/** Reads a byline from flat text (tags replaced by spaces). Bare dates are looked for only in `head`. */
export function readByline(flat: string, head: string): Byline {
  const out: Byline = {};
  const a = flat.match(authorRe);
  const author = (a?.[1] ?? a?.[2])?.replace(/(报道|摄|通讯员)$/, '');
  if (author && !/^(编辑|责编|来源)/.test(author)) out.author = author;
  const s = flat.match(sourceRe);
  if (s?.[1]) out.source = s[1];
  // Near the headline first (comments further down carry their own 发布时间), then anywhere.
  const d = head.match(labelledDateRe)?.[1] ?? head.match(bareDateRe)?.[1] ?? flat.match(labelledDateRe)?.[1];
  if (d) out.date = d.replace(/\s*([-/.年月日:：时分])\s*/g, '$1');
  return out;
}
