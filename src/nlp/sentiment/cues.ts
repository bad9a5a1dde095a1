/** Chinese sentiment cue words written for this project: negators, degree words, contrast and concession markers, rhetorical openers. */

/** Words that negate what follows them in the same clause. */
export const NEGATORS: ReadonlySet<string> = new Set([
  '不',
  '没',
  '没有',
  '无',
  '非',
  '别',
  '未',
  '勿',
  '甭',
  '并不',
  '并没',
  '并没有',
  '并非',
  '不是',
  '不太',
  '不怎么',
  '不大',
  '毫不',
  '绝不',
  '决不',
  '从不',
  '从未',
  '从没',
  '不会',
  '不能',
  '不要',
  '不用',
  '不够',
  '难以',
  '毫无',
  '没什么',
  '不再',
  '不算',
]);

/** Degree words that strengthen what follows. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  '非常',
  '很',
  '太',
  '特别',
  '超',
  '超级',
  '十分',
  '极',
  '极其',
  '极度',
  '相当',
  '真',
  '真的',
  '挺',
  '最',
  '蛮',
  '格外',
  '尤其',
  '好',
  '巨',
  '贼',
  '超级',
  '实在',
  '确实',
  '完全',
  '绝对',
  '简直',
  '异常',
  '万分',
  '无比',
  '更',
  '更加',
  '越来越',
  '太过',
]);

/** Degree words that soften what follows. */
export const DOWNTONERS: ReadonlySet<string> = new Set([
  '有点',
  '有点儿',
  '有些',
  '稍微',
  '稍',
  '略',
  '略微',
  '一点',
  '一点点',
  '比较',
  '还算',
  '还',
  '较',
  '些许',
  '不太',
  '还行',
]);

/** Markers after which a clause usually carries the writer's final judgement. */
export const CONTRAST: ReadonlySet<string> = new Set(['但', '但是', '可是', '不过', '然而', '却', '只是', '可', '而是', '就是']);

/** Markers that open a concession the writer then overrides. */
export const CONCESSION: ReadonlySet<string> = new Set(['虽然', '虽', '虽说', '尽管', '固然', '即使', '哪怕']);

/** Openers of a rhetorical question; with a question ending the sentence means the opposite of its surface. */
export const RHETORICAL_OPENERS: readonly string[] = [
  '难道',
  '怎么能',
  '怎么可以',
  '怎么会',
  '怎能',
  '岂',
  '何必',
  '凭什么',
  '哪有',
  '谁说',
  '有什么用',
  '还好意思',
];

/** Tokens that end a clause (scope of negation and degree words). */
export const CLAUSE_END: ReadonlySet<string> = new Set([
  '，',
  ',',
  '。',
  '.',
  '！',
  '!',
  '？',
  '?',
  '；',
  ';',
  '～',
  '~',
  '…',
  '……',
  '、',
  '\n',
  ' ',
  '：',
  ':',
]);

/** Tokens that end a sentence (scope of contrast and rhetorical questions). */
export const SENTENCE_END: ReadonlySet<string> = new Set(['。', '！', '!', '？', '?', '…', '……', '\n', '；', ';']);
