/** Words never taken as keywords: Chinese function and filler words and English function words (written for this project). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    '我们 你们 他们 她们 它们 自己 这个 那个 这些 那些 这样 那样 怎么 什么 为什么 如何 哪里 一个 一些 没有 不是 就是 还是 但是 可是 而且 因为 所以 如果 虽然 然后 已经 可以 可能 应该 需要 表示 进行 通过 对于 关于 以及 还有 其中 目前 今天 昨天 现在 时候 这里 那里 真的 非常 特别 比较 一下 一直 知道 觉得 感觉 看到 东西 大家 问题 情况 方面 之后 之前 以后 以来 同时 记者 报道 消息 相关 有关 来源 全文 转发 评论 网页 链接 视频 图片 ' +
    'a an i me my we he she it to of in on at by or as so if do did does is was be am are were the and for that this with from have has had was were are is be been not but you your they them their its our out all any can will would could should there here what when which who whom how about into than then also just more most some such only very http https www com'
  ).split(' '),
);
