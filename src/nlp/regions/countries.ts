/** Countries by Chinese name (with common short forms) and English names, written for this project. Tags use `国家:<Chinese name>`. */

export interface Country {
  name: string;
  zh: readonly string[];
  en: readonly string[];
}

const c = (zh: string, en: string): Country => {
  const names = zh.split(' ');
  return { name: names[0] ?? zh, zh: names, en: en.split('|') };
};

export const COUNTRIES: readonly Country[] = [
  c('中国 中华人民共和国', 'China|PRC'),
  c('美国 美利坚合众国', 'United States|USA|U.S.|U.S.A.|America'),
  c('日本', 'Japan'),
  c('韩国', 'South Korea|Korea'),
  c('朝鲜', 'North Korea|DPRK'),
  c('俄罗斯 俄国', 'Russia'),
  c('英国', 'United Kingdom|UK|Britain|England'),
  c('法国', 'France'),
  c('德国', 'Germany'),
  c('意大利', 'Italy'),
  c('西班牙', 'Spain'),
  c('葡萄牙', 'Portugal'),
  c('荷兰', 'Netherlands|Holland'),
  c('比利时', 'Belgium'),
  c('瑞士', 'Switzerland'),
  c('瑞典', 'Sweden'),
  c('挪威', 'Norway'),
  c('丹麦', 'Denmark'),
  c('芬兰', 'Finland'),
  c('波兰', 'Poland'),
  c('奥地利', 'Austria'),
  c('爱尔兰', 'Ireland'),
  c('希腊', 'Greece'),
  c('捷克', 'Czech Republic|Czechia'),
  c('匈牙利', 'Hungary'),
  c('乌克兰', 'Ukraine'),
  c('土耳其', 'Turkey|Türkiye'),
  c('以色列', 'Israel'),
  c('伊朗', 'Iran'),
  c('伊拉克', 'Iraq'),
  c('沙特阿拉伯 沙特', 'Saudi Arabia'),
  c('阿联酋 阿拉伯联合酋长国', 'United Arab Emirates|UAE'),
  c('卡塔尔', 'Qatar'),
  c('埃及', 'Egypt'),
  c('南非', 'South Africa'),
  c('尼日利亚', 'Nigeria'),
  c('肯尼亚', 'Kenya'),
  c('埃塞俄比亚', 'Ethiopia'),
  c('印度', 'India'),
  c('巴基斯坦', 'Pakistan'),
  c('孟加拉国 孟加拉', 'Bangladesh'),
  c('越南', 'Vietnam|Viet Nam'),
  c('泰国', 'Thailand'),
  c('马来西亚', 'Malaysia'),
  c('新加坡', 'Singapore'),
  c('印度尼西亚 印尼', 'Indonesia'),
  c('菲律宾', 'Philippines'),
  c('缅甸', 'Myanmar|Burma'),
  c('柬埔寨', 'Cambodia'),
  c('老挝', 'Laos'),
  c('蒙古国 蒙古', 'Mongolia'),
  c('哈萨克斯坦', 'Kazakhstan'),
  c('澳大利亚 澳洲', 'Australia'),
  c('新西兰', 'New Zealand'),
  c('加拿大', 'Canada'),
  c('墨西哥', 'Mexico'),
  c('巴西', 'Brazil'),
  c('阿根廷', 'Argentina'),
  c('智利', 'Chile'),
  c('秘鲁', 'Peru'),
  c('哥伦比亚', 'Colombia'),
];
