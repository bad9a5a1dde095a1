/** The sensitive categories on realistic posts and headlines: each says yes where it should and no where a careless word list would. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_MODEL } from '../../severity/model.js';
import { compileTaxonomy } from './classify.js';
import { DEFAULT_CATEGORIES, SENSITIVE_CATEGORY_KEYS } from './defaults.js';

const taxonomy = compileTaxonomy(DEFAULT_CATEGORIES);
const has = (key: string, text: string, title = '') => taxonomy.classify({ title, text }).includes(key);

const cases: Record<(typeof SENSITIVE_CATEGORY_KEYS)[number], { yes: string[]; no: string[] }> = {
  safety: {
    yes: [
      '今天下午某小区地下车库一辆电动车突然起火，消防已到场处置',
      '化工厂发生爆炸，周边居民听到巨响',
      '商场吊顶坍塌，现场已封锁',
      '網傳某品牌充電寶自燃，官方回應正在調查',
      'Fire broke out at the warehouse late on Monday',
      'Regulators probe the gas leak at the plant',
      '某航班因发动机故障备降，乘客称机舱内有焦味',
      'The flight made an emergency landing after an engine failure',
    ],
    no: [
      '信息爆炸的时代，我们更需要深度阅读',
      '这款手机拍照效果很好，续航也不错',
      'The company came under fire for its new pricing',
      '公司发布了爆炸性的新品消息',
    ],
  },
  casualty: {
    yes: [
      '事故已造成3人死亡、12人受伤，伤者已送医救治',
      '一名外卖骑手在路口被撞身亡',
      '游客溺亡事件引发关注，景区被责令整改',
      'Two workers were killed and five injured in the blast',
      'Police said three people died at the scene',
    ],
    no: [
      '今天的会议开得很顺利',
      '我的手机电池坏了，售后说要返修',
      'The app crashed with a fatal error again',
      '笑死我了，这个段子太好笑',
      '村民反映工厂偷排废水，河道下游鱼虾死亡',
    ],
  },
  children: {
    yes: [
      '幼儿园老师被曝虐待儿童，家长要求彻查',
      '该品牌婴幼儿奶粉被检出问题',
      '一名初中生在校内受伤，学校回应',
      '未成年人沉迷游戏，平台防沉迷形同虚设',
      'Parents say the toy poses a choking hazard to toddlers',
    ],
    no: ['新款电动车续航提升到了700公里', '公司高管今天出席了发布会', 'The board approved the annual budget'],
  },
  food_drug: {
    yes: [
      '顾客称在外卖中吃出异物，商家拒绝赔偿',
      '网友称点的麻辣香锅里吃出一团头发',
      '经检测，凉拌菜被沙门氏菌污染',
      '多名学生食物中毒后出现腹泻呕吐症状',
      '某药企被查出生产假药，涉案药品已下架',
      '接种疫苗后出现不良反应，家属要求说法',
      'Health officials link the outbreak to salmonella in the salad',
      'The vaccine maker recalled a batch over contamination',
    ],
    no: ['新车发布会今天在上海举行', '这家酒店的服务态度很好', 'The bank cut its interest rate by a quarter point'],
  },
  officials: {
    yes: [
      '某县副县长涉嫌严重违纪违法，接受纪委监委审查调查',
      '网传城管暴力执法，当地回应已成立调查组',
      '村干部挪用扶贫款被查',
      '原局长受贿案一审宣判',
      'Local officials denied the reports of a cover-up',
      'The mayor apologised for the slow response',
    ],
    no: [
      '这家超市长期卖过期食品，消费者投诉无门',
      '在这座城市长大的人都知道这家店',
      'Read the official statement on our website',
      '客服态度差，退款迟迟不到账',
    ],
  },
};

describe('sensitive categories', () => {
  it('are default categories, under the keys the severity model weighs', () => {
    const keys = DEFAULT_CATEGORIES.map((c) => c.key);
    for (const k of SENSITIVE_CATEGORY_KEYS) expect(keys).toContain(k);
    expect(Object.keys(DEFAULT_SEVERITY_MODEL.sensitiveCategories).sort()).toEqual([...SENSITIVE_CATEGORY_KEYS].sort());
    expect(taxonomy.keys).toEqual(keys);
  });

  for (const [key, { yes, no }] of Object.entries(cases)) {
    it(`finds ${key} where it is and not where it is not`, () => {
      expect(yes.filter((t) => !has(key, t))).toEqual([]);
      expect(no.filter((t) => has(key, t))).toEqual([]);
    });
  }

  it('looks in the title too', () => {
    expect(has('safety', '详情见下文', '高速连环追尾 多车受损')).toBe(true);
    expect(has('casualty', '详情见下文', '高速连环追尾事故致2人死亡')).toBe(true);
    expect(has('casualty', '详情见下文', '高速连环追尾 多车受损')).toBe(false);
  });

  it('labels a realistic crisis post with every sensitive category it touches', () => {
    const labels = taxonomy.classify({
      title: '某小学食堂疑似食物中毒 20余名学生送医',
      text: '家长反映孩子午饭后出现呕吐腹泻，目前已有学生送医抢救，教育局和市场监管局已介入调查。',
    });
    expect(labels).toEqual(expect.arrayContaining(['casualty', 'children', 'food_drug']));
    expect(labels).not.toContain('officials');
  });
});
