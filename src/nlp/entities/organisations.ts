/**
 * Well-known companies and brands, written for this project: jieba's dictionary tags several of them as names or
 * places (华为 nr, 京东 ns, 比亚迪 nr), so these words are organisations whatever their tag says.
 */
export const KNOWN_ORGS: ReadonlySet<string> = new Set(
  (
    '华为 阿里巴巴 阿里 腾讯 百度 京东 小米 比亚迪 字节跳动 抖音 美团 拼多多 网易 蔚来 理想汽车 小鹏 吉利 长城汽车 格力 美的 海尔 联想 中兴 荣耀 ' +
    '特斯拉 微软 谷歌 亚马逊 三星 索尼 丰田 本田 大众 宝马 奔驰 奥迪 星巴克 麦当劳 肯德基 茅台 中国移动 中国联通 中国电信 国家电网 中石油 中石化 ' +
    '工商银行 建设银行 农业银行 中国银行 招商银行 交通银行 中国平安 顺丰 中通 圆通 韵达 滴滴 快手 微博 小红书 哔哩哔哩 知乎 宁德时代 海底捞 ' +
    '蜜雪冰城 瑞幸 农夫山泉 伊利 蒙牛 万科 恒大 碧桂园 携程 唯品会 苏宁 国美 海信 TCL 大疆 OPPO vivo Apple Tesla Microsoft Google Amazon Samsung'
  )
    .split(' ')
    .map((w) => w.toLowerCase()),
);
