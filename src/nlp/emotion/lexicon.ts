/**
 * The emotion lexicon, written for this project by hand from everyday Chinese and English usage on review sites,
 * Weibo and news comments (no third-party lexicon). Each line: words of one emotion; Weibo emoticons and emoji too.
 * `*` after a word doubles its weight (strong words).
 */

import { EMOTIONS, type Emotion } from '../../domain/analysis.js';

export { EMOTIONS, type Emotion };

export const LEXICON: Record<Emotion, string> = {
  anger:
    '愤怒* 生气 气愤* 恼火 发火 火大 气死* 可恶 混蛋* 混账* 王八蛋* 太过分* 过分 欺人太甚* 岂有此理* 忍无可忍* 怒火 暴怒* 愤慨 讨个说法 骗子 坑人 坑爹 无耻* 黑心 去死* 滚粗 尼玛 强烈谴责 愤恨 怒斥 痛骂 气炸 ' +
    'angry furious* outraged* outrage rage pissed infuriating* unacceptable scam ' +
    '[怒] [怒骂] [抓狂] [生气] 😡 🤬 😠',
  fear:
    '担心 担忧 害怕 恐惧* 恐慌* 焦虑 不安 紧张 忧虑 吓人 可怕 吓死 心慌 惶恐* 后怕 提心吊胆* 忐忑 惊恐* 毛骨悚然* 不敢 隐患 人心惶惶* 战战兢兢 发慌 慌了 ' +
    'afraid scared fear worried worry anxious anxiety panic terrified* frightening unsafe concerned ' +
    '[害怕] [惊恐] 😱 😨 😰',
  sadness:
    '难过 伤心 悲伤 痛心* 心痛 哭了 流泪 泪目 遗憾 失望 绝望* 悲痛* 哀悼 默哀 可怜 心酸 心寒 沮丧 郁闷 惋惜 节哀 去世 离世 遇难 悲剧 泪崩* 呜呜 ' +
    'sad sadly heartbroken* tragic tragedy grief mourn disappointed disappointing depressed tears sorrow ' +
    '[泪] [悲伤] [伤心] [心碎] [失望] 😭 😢 💔 😞',
  disgust:
    '恶心* 讨厌 厌恶* 反感 鄙视 令人作呕* 作呕 无语 嫌弃 受不了 辣眼睛 肮脏 丑陋 下作 卑鄙* 龌龊* 膈应 垃圾 恶臭 吃相难看 ' +
    'disgusting* gross disgusted nasty repulsive* sickening* revolting* filthy ' +
    '[吐] [鄙视] [哼] [白眼] 🤮 🤢',
  joy:
    '开心 高兴 快乐 喜欢 满意 幸福 愉快 欣慰 感谢 谢谢 点赞 太好了* 哈哈 哈哈哈 好评 推荐 激动 兴奋 骄傲 自豪 感动 温暖 爱了 祝贺 恭喜 美好 给力 好开心* 超赞 惊喜 ' +
    'happy glad love great excellent wonderful amazing awesome delighted* thanks congratulations proud enjoy pleased ' +
    '[哈哈] [嘻嘻] [爱你] [鼓掌] [赞] [good] [开心] [心] 😂 😄 😊 😁 👍 ❤️ 🎉',
  surprise:
    '惊讶 吃惊 震惊* 意外 没想到 竟然 居然 不敢相信* 难以置信* 惊呆 惊叹 离谱 天哪 我的天 卧槽 惊人 出乎意料 万万没想到* 震撼 惊喜 ' +
    'surprised surprising shocked* shocking* unexpected unbelievable astonishing stunning wow ' +
    '[吃惊] [惊讶] 😮 😲 😯',
};
