/**
 * The labelled set's stories, written for this project (fictional brands, people and places): several incidents per
 * brand sharing its name and vocabulary, one incident told in different words by news, social posts, traditional
 * Chinese outlets and English media. `start` is hours after the set's first hour, `hours` how long the story runs.
 * `labelled.ts` turns them into mentions with reposts, comments and copies.
 */

export interface Story {
  key: string;
  start: number;
  hours: number;
  /** Headline and opening of news reports. */
  news: [title: string, text: string][];
  /** Social posts, forum threads, comments (no title). */
  posts: string[];
  /** Reports in English. */
  en?: [title: string, text: string][];
  /** Posts written in traditional Chinese (Hong Kong, Taiwan). */
  hant?: string[];
}

export const stories: Story[] = [
  // ——— 澜途汽车: four incidents of one carmaker ———
  {
    key: 'lantu-brake-recall',
    start: 2,
    hours: 60,
    news: [
      ['澜途汽车召回2.3万辆星澜X5 刹车助力泵存失效隐患', '澜途汽车向市场监管总局备案召回计划，自12月10日起召回部分星澜X5运动型多用途汽车，共计23016辆，原因是电子刹车助力泵在低温下可能失效。'],
      ['星澜X5刹车助力泵缺陷召回，车主可免费更换', '记者从澜途汽车获悉，本次召回涉及2024年3月至2025年1月生产的星澜X5，4S店将为车辆免费更换改进后的刹车助力泵。'],
      ['低温下刹车变硬？澜途星澜X5召回背后的助力泵问题', '多位北方车主此前在投诉平台反映，星澜X5在零下气温启动后刹车踏板发硬，制动距离明显变长，此次召回正是针对这一问题。'],
    ],
    posts: [
      '早上零下十度，星澜X5刹车踩下去硬得像石头，差点追尾，吓出一身冷汗，原来是助力泵的问题',
      '收到澜途短信了，我的X5在召回范围内，周末去4S店换刹车助力泵',
      '召回2.3万辆才承认刹车有问题？去年冬天就有人投诉了，拖了一年',
      '东北车主提醒：星澜X5冬天刹车一定小心，召回通知已经出了，尽快去换泵',
      '刹车助力泵都能出问题，澜途的品控真让人担心',
    ],
    en: [['Lantu recalls 23,000 Xinglan X5 SUVs over brake booster fault', 'Chinese carmaker Lantu Auto will recall 23,016 Xinglan X5 sport utility vehicles because the electric brake booster may fail in cold weather, the market regulator said.']],
    hant: ['瀾途星瀾X5召回兩萬多台，剎車助力泵低溫會失效，香港車主都要留意'],
  },
  {
    key: 'lantu-garage-fire',
    start: 20,
    hours: 40,
    news: [
      ['杭州一小区地下车库电动车起火 疑为澜途星澜E3自燃', '11月3日凌晨，杭州市拱墅区一小区地下车库发生火情，一辆停放中的澜途星澜E3电动汽车冒烟起火，消防到场后扑灭，未造成人员伤亡。'],
      ['澜途回应杭州车库起火：已派技术团队调查，将配合消防部门', '针对网传杭州地下车库星澜E3起火视频，澜途汽车官方微博回应称，公司已第一时间派出技术团队赶赴现场，起火原因以消防部门结论为准。'],
      ['停放中的电动车为何自燃？专家谈动力电池热失控', '杭州车库起火事件引发关注，电池专家表示，停放状态下自燃多与电芯内部短路导致热失控有关，车主应关注车辆报警提示。'],
    ],
    en: [['Lantu electric SUV catches fire in Hangzhou underground car park', 'A parked Lantu Xinglan E3 electric vehicle caught fire in the underground garage of a residential compound in Hangzhou early on Tuesday; firefighters put out the blaze and no one was hurt, local media reported.']],
    posts: [
      '我们小区车库凌晨着火了，烟从地下往上冒，消防车来了三辆，听说是一辆澜途E3自己烧起来的',
      '视频里那辆星澜E3烧得只剩架子，旁边两辆车也被熏黑了，谁还敢把电车停地库',
      '拱墅那个车库起火，物业说以后电动车要停到地面充电区了',
      '澜途的电池到底安不安全？停着都能自燃，E3车主瑟瑟发抖',
      '等消防的调查结论吧，别急着带节奏，不过澜途的回应确实慢了',
    ],
    hant: ['杭州地庫電動車自燃，燒到只剩骨架，又是瀾途星瀾E3，電池安全真的要好好查'],
  },
  {
    key: 'lantu-wage-protest',
    start: 70,
    hours: 36,
    news: [
      ['澜途汽车合肥工厂数百名工人聚集讨薪 公司称系供应商劳务纠纷', '11月5日，网传视频显示澜途汽车合肥生产基地门口有大批工人聚集，称被拖欠三个月工资。澜途方面回应称，涉事人员为劳务派遣公司员工，公司正督促其尽快发放。'],
      ['合肥澜途工厂讨薪事件：劳务公司承诺本周内结清欠薪', '记者从合肥经开区人社部门了解到，涉事劳务派遣公司已承诺于本周五前结清拖欠的工资，共涉及工人约420名。'],
    ],
    posts: [
      '在澜途合肥厂干了三个月流水线，一分钱没拿到，今天几百人堵在厂门口要工资',
      '劳务派遣把锅甩得干干净净，澜途说不是自己员工，那车是谁装的？',
      '合肥经开区这边讨薪的人好多，警察也来了，希望早点把工资发了，过年都回不了家',
      '欠薪三个月还扩产？澜途先把工人的血汗钱给了吧',
      '听说劳务公司答应周五前结清，工友们别被骗了，拿到钱再说',
    ],
  },
  {
    key: 'lantu-showroom-dispute',
    start: 110,
    hours: 30,
    news: [
      ['女车主站澜途展台车顶维权 称新车交付三天即出现屏幕黑屏', '在11月7日开幕的成都车展上，一名女车主站上澜途展台的展车车顶，手举“新车三天黑屏”的纸牌维权，现场一度混乱，后被工作人员劝下。'],
      ['澜途回应成都车展维权：已与车主达成换车协议', '澜途汽车客服表示，涉事车主的星澜X7中控屏故障经检测确认为硬件问题，双方已协商一致，公司将为其更换新车。'],
    ],
    posts: [
      '成都车展现场：一个姐姐站到澜途展车车顶上维权，举着牌子说新车三天中控就黑屏了',
      '又是车顶维权，不闹大4S店就一直拖，消费者太难了',
      '提车三天黑屏，跑了四趟店都说软件升级就好，换我也上车顶',
      '澜途说给换车了，早干嘛去了，非得在车展上丢人才处理',
      '星澜X7的中控屏我也黑过一次，重启才好，这质量真不行',
    ],
  },
  // ——— 鲜丰乳业 ———
  {
    key: 'xianfeng-school-milk',
    start: 5,
    hours: 48,
    news: [
      ['南湖区多所小学学生饮用鲜丰牛奶后腹痛 涉事批次已封存', '11月2日，南湖区第二实验小学等三所学校部分学生在饮用课间奶后出现腹痛、呕吐症状，共有37名学生送医观察。市场监管部门已封存涉事的鲜丰乳业同批次产品。'],
      ['37名学生饮奶后不适 鲜丰乳业：暂停向学校供货配合调查', '鲜丰乳业发布声明称，公司已暂停全部校园奶供应，并将同批次留样送第三方机构检测，结果将及时公布。'],
      ['课间奶事件追踪：送医学生均已出院 检测结果尚未公布', '据南湖区卫健委通报，因饮用课间奶后身体不适送医的37名学生均已康复出院，涉事牛奶的检测结果预计下周公布。'],
    ],
    en: [['37 pupils in hospital after drinking Xianfeng school milk', 'Thirty-seven primary school pupils in Nanhu district were taken to hospital with stomach pain and vomiting after drinking milk supplied by dairy company Xianfeng, which has suspended deliveries to schools.']],
    posts: [
      '孩子中午打电话说喝完学校发的牛奶肚子疼，班上好几个同学都吐了，是鲜丰的学生奶',
      '南湖二小的家长群炸了，三十多个孩子送医院，学校到现在没个说法',
      '课间奶出问题不是第一次了，给孩子喝的东西能不能上点心',
      '已经让孩子以后别喝学校的奶了，自己带',
      '检测结果出来之前别乱传，但是鲜丰必须给家长一个交代',
    ],
    hant: ['南湖小學生飲鮮豐牛奶後腹痛嘔吐，37人送院，家長好擔心'],
  },
  {
    key: 'xianfeng-price-rise',
    start: 60,
    hours: 40,
    news: [
      ['鲜丰乳业宣布下月起部分产品提价5%至8% 称奶源成本上涨', '鲜丰乳业11月4日公告，受原奶收购价格上涨及包装成本增加影响，旗下纯牛奶、酸奶等产品自12月1日起出厂价上调5%至8%。'],
      ['乳企开启涨价潮？鲜丰领涨 超市酸奶价格或将上调', '继鲜丰乳业宣布提价后，业内人士预计其他区域乳企可能跟进，消费者在超市购买的酸奶、纯奶零售价格或上涨一到两元。'],
    ],
    posts: [
      '鲜丰又涨价了，一箱纯奶要多花四五块，工资不涨什么都涨',
      '奶源成本上涨是真的吗？奶农都说收购价在跌',
      '鲜丰酸奶下个月涨8%，赶紧去超市囤一点',
      '涨价可以理解，但先把质量做好吧，学生奶的事还没说清楚呢',
      '换个牌子喝就是了，又不是只有鲜丰一家',
    ],
  },
  {
    key: 'xianfeng-wastewater',
    start: 130,
    hours: 36,
    news: [
      ['村民举报鲜丰乳业牧场偷排污水 河道发黑发臭', '清溪县石桥镇多名村民反映，鲜丰乳业在当地的万头牧场通过暗管向清溪河排放养殖废水，河道下游大片水面发黑，鱼虾死亡。'],
      ['清溪县环保局介入鲜丰牧场排污调查 已责令停产整改', '清溪县生态环境局通报，经现场检查，鲜丰乳业石桥牧场存在废水未经处理直排问题，已责令立即停止排放并立案调查。'],
    ],
    posts: [
      '石桥镇的清溪河黑得像墨汁，一到晚上臭得开不了窗，上游就是鲜丰的牧场',
      '我们村的鱼塘死了一大片鱼，肯定是牧场排的污水，举报好几次没人管',
      '牛奶广告里的青青草原，现实里是发臭的河',
      '环保局终于来了，责令停产整改，希望不是走过场',
      '暗管直排，罚款能罚多少？还不如排污省的钱多',
    ],
  },
  // ——— 汇泽银行 ———
  {
    key: 'huize-app-outage',
    start: 8,
    hours: 20,
    news: [
      ['汇泽银行手机App大面积故障 用户无法登录转账近四小时', '11月2日上午9时起，大量汇泽银行用户反映手机银行App无法登录、转账失败，故障持续近四小时，至中午13时左右才逐步恢复。'],
      ['汇泽银行致歉：系统升级引发故障 未造成客户资金损失', '汇泽银行发布致歉声明称，故障由核心系统升级后的兼容问题引起，所有交易数据完整，客户资金安全未受影响。'],
    ],
    en: [['Huize Bank app down for four hours after system upgrade', 'Customers of Huize Bank could not log in or make transfers on its mobile app for almost four hours on Monday; the bank blamed a core system upgrade and said no funds were lost.']],
    posts: [
      '汇泽银行App登不上去了，转账一直转圈，急着给供应商打款',
      '手机银行崩了一上午，柜台排队排到门口，汇泽你们在干嘛',
      '工资卡在汇泽，交房租转不出去，房东还以为我赖账',
      '系统升级选工作日上午？这运维水平也是没谁了',
      '恢复了恢复了，刚刚转账成功，大家可以试试',
    ],
    hant: ['匯澤銀行App當機近四小時，轉帳失敗，客服電話根本打不通'],
  },
  {
    key: 'huize-manager-fraud',
    start: 90,
    hours: 50,
    news: [
      ['汇泽银行一支行客户经理涉嫌挪用储户存款 涉案金额超3000万元', '据江城市公安局通报，汇泽银行江城东湖支行原客户经理刘某以“高息存款”名义诱导储户转账，涉嫌挪用资金3000余万元，目前已被刑事拘留。'],
      ['储户存款被支行经理挪用 汇泽银行：将依法依规保障客户权益', '汇泽银行回应称，刘某系个人违法犯罪行为，银行已成立专项工作组，逐一核实受害储户情况，并配合公安机关追赃挽损。'],
      ['“高息存款”骗局背后：银行内控为何失灵', '汇泽银行东湖支行挪用存款案暴露出基层网点内控漏洞，专家指出，客户经理能长期绕开系统私下操作，说明柜面监督形同虚设。'],
    ],
    en: [['Huize Bank branch manager held over 30 million yuan deposit fraud', 'Police in Jiangcheng detained a former client manager of a Huize Bank branch suspected of diverting more than 30 million yuan of depositors\' money with promises of high-interest deposits.']],
    posts: [
      '我妈在汇泽东湖支行存了八十万，经理说是高息存款，现在钱没了人也抓了',
      '银行员工在银行里骗储户的钱，这让老百姓还能信谁',
      '江城东湖支行门口好多老人在哭，都是一辈子的积蓄',
      '汇泽说是个人行为，那内控是干什么的？银行必须担责',
      '提醒家里老人：银行里推销的“高息存款”一定要多问几遍',
    ],
  },
  {
    key: 'huize-card-fee',
    start: 150,
    hours: 30,
    news: [
      ['汇泽银行调整收费标准 日均资产低于一万元账户将收小额管理费', '汇泽银行近日发布公告，自明年1月1日起，对日均资产低于1万元的借记卡账户每季度收取3元小额账户管理费，代发工资账户除外。'],
    ],
    posts: [
      '汇泽开始收小额账户管理费了，存款不到一万每季度扣三块，赶紧把卡销了',
      '银行收管理费这么多年了，汇泽算晚的，代发工资卡免费就行',
      '刚出了挪用存款的事又来收费，汇泽是真不怕客户跑光',
      '小额账户管理费可以申请免除，记得去柜台指定一张免费卡',
    ],
  },
  // ——— 喵速外卖 ———
  {
    key: 'miaosu-rider-heat',
    start: 14,
    hours: 48,
    news: [
      ['外卖骑手送餐途中晕倒身亡 家属质疑平台超时罚款逼人太紧', '11月2日，南宁一名喵速外卖骑手在送餐途中晕倒，送医后抢救无效身亡。家属称他连续工作了13个小时，平台超时扣款规则让骑手不敢停下休息。'],
      ['喵速外卖回应骑手猝死：将给予家属人道救助 优化派单时长', '喵速外卖表示，对骑手离世深感痛心，已派专人协助家属处理后事并给予人道主义救助，同时将优化高温天气下的派单时长设置。'],
    ],
    en: [['Miaosu delivery rider dies after collapsing on shift, family blames penalties', 'A food delivery rider for Miaosu collapsed and died in Nanning after working 13 hours straight; his family says the platform\'s late-delivery fines kept riders from resting.']],
    posts: [
      '南宁那个骑手大哥送餐路上倒下就没起来，连续跑了13个小时，算法真的在吃人',
      '超时一单扣五块，谁敢停下来喝口水，喵速的规则就是逼命',
      '每天点外卖的我们也有责任吗？催单之前想想骑手吧',
      '人没了才说优化派单，之前骑手反映了多少次',
      '喵速的人道救助能有多少？一条命就值这么点',
    ],
  },
  {
    key: 'miaosu-food-hair',
    start: 75,
    hours: 24,
    news: [
      ['网友喵速外卖点餐吃出整团头发 涉事商家无证经营', '11月5日，一位网友发视频称在喵速外卖点的麻辣香锅里吃出一团头发，记者调查发现，该商家在平台上展示的食品经营许可证系伪造。'],
      ['无证商家如何上线外卖平台？喵速：已下架并排查同类店铺', '喵速外卖回应称，已将涉事商家下架，并对平台上同一地址注册的多家店铺进行排查，对资质审核失职的员工将严肃处理。'],
    ],
    posts: [
      '点了个麻辣香锅，吃到一半扒出一团头发，恶心得我当场吐了，喵速上的店',
      '去那家店的地址看了，就是城中村一个小黑作坊，证都是假的',
      '外卖平台的资质审核就是摆设，一个地址挂了七八家店',
      '以后点外卖只点连锁店了，小店实在不敢吃',
    ],
  },
  {
    key: 'miaosu-data-leak',
    start: 140,
    hours: 40,
    news: [
      ['疑似喵速外卖用户数据在暗网出售 涉及手机号和收货地址', '有网络安全研究人员发现，暗网论坛上有人兜售一份声称来自喵速外卖的用户数据，包含约1200万条手机号、姓名和收货地址。'],
      ['喵速外卖回应数据泄露传闻：系第三方合作商违规导出', '喵速外卖发布声明称，经初步调查，泄露数据来自一家已终止合作的第三方配送服务商违规导出的历史订单，公司已报警。'],
    ],
    posts: [
      '最近老接到骚扰电话，能准确说出我家地址，原来是喵速的数据被卖了',
      '1200万条外卖订单信息在暗网卖，手机号地址全都有，太可怕了',
      '又甩锅给第三方，用户信息是交给你喵速的，你就得负责',
      '建议大家外卖收货地址别写门牌号，写到楼栋就行',
      '数据泄露这种事罚得太轻，企业根本不在乎',
    ],
    en: [['Data of 12 million Miaosu delivery users allegedly sold on dark web', 'A database said to contain phone numbers, names and delivery addresses of 12 million users of Chinese food delivery app Miaosu is being offered on a dark web forum, security researchers said.']],
  },
  // ——— 星禾手机 ———
  {
    key: 'xinghe-green-line',
    start: 10,
    hours: 70,
    news: [
      ['星禾Note 12屏幕大面积出现绿线 用户投诉官方拒绝免费维修', '近期多名星禾Note 12用户反映，手机使用一年左右屏幕出现竖向绿线，售后称属于人为损坏，维修需自费800元。'],
      ['星禾手机回应屏幕绿线问题：Note 12延长屏幕保修至三年', '星禾手机官方发布公告，对Note 12系列因屏幕显示异常出现绿线的用户，将屏幕保修期延长至三年，已自费维修的用户可申请退款。'],
      ['从“人为损坏”到延保三年 星禾绿线屏事件为何反转', '星禾Note 12绿线屏投诉量在黑猫投诉平台一周内增至4000余条，舆论压力下，星禾将屏幕保修延长至三年。'],
    ],
    posts: [
      '我的星禾Note 12屏幕也出绿线了，一条竖线从上到下，售后张口就要800',
      '绿线屏不是个例，黑猫上几千条投诉了，星禾还说人为损坏？',
      '延保三年了！之前自费换屏的记得去申请退款',
      '用了13个月出绿线，刚好过保，星禾这算盘打得好',
      '星禾的屏幕供应商是哪家？绿线问题好像好几个品牌都有',
    ],
    hant: ['星禾Note 12螢幕出現綠線，客服說人為損壞要自費，台灣用戶也中招了'],
  },
  {
    key: 'xinghe-launch',
    start: 96,
    hours: 30,
    news: [
      ['星禾发布Note 13系列 首发自研影像芯片 起售价2999元', '11月6日晚，星禾手机在深圳召开新品发布会，正式发布Note 13系列，首次搭载自研影像芯片“禾光一号”，标准版起售价2999元。'],
      ['星禾Note 13开售首日销量破十万台 影像芯片获好评', '星禾手机官方数据显示，Note 13系列开售首日全渠道销量突破10万台，多家评测机构对其夜景拍摄表现给予好评。'],
    ],
    posts: [
      '星禾Note 13的夜景拍照真的强，自研芯片有点东西，2999这个价很香',
      '发布会看完了，禾光一号影像芯片吹了半小时，等评测',
      '首发抢到了Note 13，拍照确实比我之前的手机好太多',
      '新机再好，Note 12的绿线屏先给老用户解决好吧',
      '星禾这次定价挺良心，准备给爸妈换一台',
    ],
    en: [['Xinghe unveils Note 13 with in-house imaging chip, priced from 2,999 yuan', 'Shenzhen-based phone maker Xinghe launched its Note 13 series on Thursday, its first handset with a self-developed imaging chip.']],
  },
  {
    key: 'xinghe-charger-train',
    start: 160,
    hours: 24,
    news: [
      ['高铁上乘客手机充电器冒烟起火 列车员紧急扑救', '11月8日，一列由广州开往武汉的高铁上，一名乘客正在使用的充电器突然冒烟起火，列车员用灭火器将火扑灭，无人受伤，列车晚点12分钟。'],
      ['高铁起火充电器系星禾原装 星禾：已回收产品检测', '涉事乘客称冒烟的是购买星禾手机时附赠的原装65W充电器，星禾客服表示已联系乘客回收产品，检测结果将第一时间公布。'],
    ],
    posts: [
      '坐高铁遇到有人充电器冒烟，一车厢都是焦糊味，列车员拿着灭火器冲过来',
      '听说是星禾的原装充电器，原装都能炸，我赶紧把插头拔了',
      'G字头列车上起火太吓人了，幸好发现得早',
      '65W快充头发热本来就大，别在车上边充边玩了',
    ],
  },
  // ——— 青川市（地方政府）———
  {
    key: 'qingchuan-flood',
    start: 30,
    hours: 50,
    news: [
      ['青川市遭遇特大暴雨 城区多处内涝 地铁2号线停运', '11月3日，青川市遭遇有气象记录以来最强11月降雨，24小时降雨量达210毫米，城区多条道路积水超过一米，地铁2号线部分站点进水停运。'],
      ['青川暴雨已致3人死亡1人失联 全市启动防汛二级应急响应', '据青川市防汛指挥部通报，截至4日8时，暴雨已造成3人死亡、1人失联，转移安置群众1.2万人，全市启动防汛二级应急响应。'],
      ['青川内涝反思：排水管网为何扛不住一场雨', '暴雨过后，青川老城区多个低洼路段反复积水，市民质疑多年的排水改造工程效果，专家指出管网设计标准偏低。'],
    ],
    posts: [
      '青川的雨下疯了，小区门口水淹到腰，车都漂起来了',
      '地铁2号线进水了，站里全是水，大家别去坐了',
      '求扩！青川市滨江路有老人被困在一楼，电话打不通救援',
      '每年都说改造排水，一下雨照样看海，钱花哪去了',
      '感谢冒雨救人的消防员和志愿者，青川加油',
    ],
    hant: ['青川暴雨水浸到腰，地鐵停駛，網友拍到汽車在街上漂'],
  },
  {
    key: 'qingchuan-tap-water',
    start: 100,
    hours: 40,
    news: [
      ['青川市北区自来水出现异味 供水公司称系水源藻类繁殖', '11月6日起，青川市北区多个小区居民反映自来水有明显的土腥味，青川水务集团回应称，系上游水库藻类繁殖导致，水质各项指标符合国家标准。'],
      ['自来水异味持续三天 青川北区居民抢购桶装水', '青川北区自来水异味问题持续，多家超市桶装水被抢购一空，市卫健委表示，已加密水质监测频次，检测结果将每日公布。'],
    ],
    posts: [
      '青川北区的自来水一股土腥味，烧开了还是有，不敢给孩子喝',
      '说是藻类繁殖符合标准，那你们领导家喝这个水吗',
      '超市的桶装水都被抢光了，跑了三家才买到两桶',
      '暴雨刚过又是水有问题，青川今年真是多灾多难',
      '水务集团每天公布检测结果了，希望早点恢复正常',
    ],
  },
  {
    key: 'qingchuan-official-remark',
    start: 170,
    hours: 30,
    news: [
      ['青川一区干部接访时称“你们是来闹事的” 视频引发热议', '网传视频显示，青川市东城区一名干部在接待前来反映拆迁补偿问题的群众时，称“你们就是来闹事的，找谁都没用”，视频引发网友批评。'],
      ['青川东城区通报：涉事干部停职检查 拆迁补偿问题专班处理', '青川市东城区纪委监委通报，涉事干部在接访中态度恶劣、言行失当，已责令其停职检查，群众反映的拆迁补偿问题由工作专班限期处理。'],
    ],
    posts: [
      '“你们就是来闹事的”，这是一个接访干部该说的话？',
      '东城区拆迁补偿拖了两年，老百姓去问一下就成了闹事',
      '停职检查了，但拆迁款什么时候给才是关键',
      '这种干部就该撤职，停职检查过两个月又换个地方当官',
    ],
  },
  // ——— 学校与医院 ———
  {
    key: 'school-food-poisoning',
    start: 40,
    hours: 36,
    news: [
      ['青川第三中学数十名学生食堂就餐后呕吐腹泻 疑似食物中毒', '11月4日晚，青川市第三中学多名住校生在食堂吃过晚饭后出现呕吐、腹泻等症状，共有52名学生被送往医院，初步怀疑为食物中毒。'],
      ['青川三中食物中毒事件：涉事食堂承包商被立案调查', '青川市市场监管局通报，经流行病学调查和检测，三中学生食物中毒系食堂提供的凉拌菜被沙门氏菌污染所致，涉事承包商已被立案调查。'],
    ],
    posts: [
      '三中的食堂晚饭吃完一宿舍人全在吐，儿子半夜被拉去医院挂水',
      '52个学生食物中毒，学校食堂的承包商到底是谁家的关系户',
      '凉拌菜沙门氏菌，天冷了还能出这种事，食堂卫生怎么管的',
      '家长们要求学校公开食堂承包合同，有没有人一起',
    ],
  },
  {
    key: 'school-teacher-video',
    start: 120,
    hours: 30,
    news: [
      ['网传青川一小学教师用书本拍打学生头部 教育局：已停职调查', '网传视频显示，青川市实验小学一名女教师在课堂上多次用书本拍打一名男生头部，青川市教育局回应称，涉事教师已停职，调查结果将向社会公布。'],
    ],
    posts: [
      '视频里老师拿书一下一下打孩子的头，孩子都不敢哭，看得我心疼',
      '实验小学的老师打学生，家长是怎么发现的？是同学偷拍的吗',
      '体罚学生必须零容忍，停职不够，要取消教师资格',
      '也听听老师怎么说吧，现在的孩子也不好管，不过打头确实过分',
      '我家孩子也在实验小学，回家问了，说这个老师平时就很凶',
    ],
  },
  {
    key: 'boan-surgery-death',
    start: 50,
    hours: 50,
    news: [
      ['患者在博安医院做微创手术后死亡 家属质疑医疗过错', '11月4日，一名42岁男子在江城博安医院接受胆囊微创手术后第二天突发大出血，抢救无效死亡。家属质疑医院术后观察不到位，延误抢救。'],
      ['江城卫健委介入博安医院患者死亡事件 将组织医疗事故鉴定', '江城市卫健委表示，已成立调查组进驻博安医院，调取病历资料，并将委托医学会进行医疗事故技术鉴定。'],
    ],
    posts: [
      '我舅舅在博安医院做个胆囊手术，说是微创小手术，第二天人就没了',
      '半夜大出血，叫了三次护士才来人，医生一个多小时后才到',
      '博安医院是私立的吧？广告打得满天飞，出了事就推卸',
      '医疗事故鉴定要多久？家属现在只想要一个真相',
      '医患纠纷别先定性，等鉴定结果，但医院的抢救流程确实要查',
    ],
  },
  {
    key: 'boan-overcharge',
    start: 180,
    hours: 24,
    news: [
      ['一张住院清单三天收费十二万 博安医院被指过度医疗', '江城市民王女士晒出父亲在博安医院住院三天的费用清单，总额12.6万元，其中多项检查重复收费，一天内做了三次CT。'],
    ],
    posts: [
      '博安医院三天花了十二万，一天三次CT，这是看病还是抢钱',
      '刚出了手术死人的事，又爆出天价账单，这医院该好好查查了',
      '私立医院过度检查是常态，医保局该管管了',
      '把收费清单发到医保局投诉，我上次就是这样退回来一部分',
    ],
  },
  // ——— 铂悦酒店 ———
  {
    key: 'boyue-hidden-camera',
    start: 25,
    hours: 40,
    news: [
      ['女子入住铂悦酒店发现房间藏有摄像头 警方已立案', '11月3日，一名女士在厦门铂悦酒店客房的烟雾报警器内发现一枚针孔摄像头，随即报警。厦门警方已立案侦查，酒店方称对此并不知情。'],
      ['铂悦酒店针孔摄像头事件：嫌疑人系前客房服务员 已被抓获', '厦门市公安局思明分局通报，在铂悦酒店客房安装偷拍设备的嫌疑人陈某系酒店前员工，目前已被刑事拘留，涉案设备已被收缴。'],
    ],
    en: [['Hidden camera found in Boyue Hotel room, guest says', 'A guest at a Boyue Hotel said she found a hidden camera inside the smoke detector of her room; police are investigating and the chain has apologised.']],
    posts: [
      '住酒店一定要检查烟雾报警器！厦门铂悦那个房间里藏着针孔摄像头',
      '拿手电筒照一圈，有反光的小孔就要小心，分享一下防偷拍的方法',
      '铂悦还是五星级，连自己员工装摄像头都不知道，管理太烂了',
      '抓到的是前员工，那他装了多少个房间？之前住过的人怎么办',
      '以后出差自带防偷拍检测仪了，真的怕了',
    ],
  },
  {
    key: 'boyue-bedbugs',
    start: 145,
    hours: 30,
    news: [
      ['游客称在铂悦酒店被臭虫咬伤 酒店：已对全楼消杀', '一名游客在社交平台发帖称，在上海铂悦酒店住宿一晚后全身被咬出几十个红包，床垫缝隙里发现臭虫。酒店回应称已对全楼进行消杀处理并为其退款。'],
    ],
    posts: [
      '住了一晚铂悦，浑身被咬了几十个包，掀开床垫全是臭虫，太恶心了',
      '五星级酒店有臭虫？上海铂悦以后不敢去了',
      '臭虫这东西会跟着行李回家的，回来一定要把衣服高温洗',
      '铂悦最近是水逆吗，厦门偷拍，上海臭虫',
    ],
  },
  // ——— 天衡地产 ———
  {
    key: 'tianheng-stalled-homes',
    start: 35,
    hours: 60,
    news: [
      ['天衡地产江城项目停工一年 业主集体停贷', '天衡地产旗下江城“天衡·云著”项目已停工近一年，数百名业主联名发布强制停贷告知书，要求开发商限期复工。'],
      ['江城住建局回应天衡云著停工：已成立专班推动保交楼', '江城市住建局表示，已成立天衡云著项目保交楼工作专班，督促企业筹措资金，争取在明年春节前全面复工。'],
    ],
    posts: [
      '天衡云著停工一年了，每个月还着房贷住着出租屋，我们业主决定停贷',
      '去工地看了，塔吊都拆了，哪里有一点要复工的样子',
      '保交楼专班成立了，但业主要的是时间表，不是口号',
      '买天衡的房子真是倒了大霉，首付是爸妈半辈子的积蓄',
      '江城已经好几个烂尾楼了，天衡只是其中一个',
    ],
  },
  {
    key: 'tianheng-chairman-rumour',
    start: 125,
    hours: 36,
    news: [
      ['网传天衡地产董事长被带走调查 公司：系谣言 董事长正常履职', '11月6日，网络流传天衡地产董事长周某被有关部门带走调查的消息，天衡地产当晚发布声明称该消息纯属谣言，周某正常履职，公司已报警。'],
      ['天衡地产股价盘中暴跌18% 辟谣后跌幅收窄', '受董事长被调查传闻影响，天衡地产港股股价7日盘中一度暴跌18%，公司辟谣后跌幅收窄至6%。'],
    ],
    posts: [
      '听说天衡的老板被带走了？有没有知道内情的',
      '天衡辟谣了，说董事长正常上班，但股价先跌为敬',
      '无风不起浪，天衡的资金链早就断了吧',
      '造谣的人该抓，但天衡也该解释一下钱都去哪了',
    ],
    hant: ['天衡地產股價盤中暴跌18%，董事長被帶走的傳聞公司已闢謠'],
  },
  // ——— 甜町奶茶 ———
  {
    key: 'tianding-straw-video',
    start: 45,
    hours: 36,
    news: [
      ['网传甜町奶茶店员舔吸管后装杯 门店已停业整顿', '一段网传视频显示，某甜町奶茶门店员工在制作饮品时将吸管放入口中后再插入杯中递给顾客。甜町总部回应称，涉事门店位于江城光谷，已停业整顿，涉事员工已被辞退。'],
    ],
    posts: [
      '甜町店员舔完吸管再插进奶茶里，这视频看得我想吐',
      '江城光谷那家甜町我上周刚喝过，现在胃里翻江倒海',
      '辞退一个店员就完了？加盟店的卫生管理谁来负责',
      '再也不喝甜町了，恶心',
      '视频是不是摆拍还不好说，但门店都停业了估计是真的',
    ],
  },
  {
    key: 'tianding-new-flavour',
    start: 85,
    hours: 30,
    news: [
      ['甜町推出“桂花酒酿”冬季限定 多地门店排长队', '甜町奶茶11月5日上新冬季限定饮品“桂花酒酿乌龙”，上线首日多个城市门店出现排队，部分门店一度售罄。'],
    ],
    posts: [
      '甜町的桂花酒酿乌龙真好喝，排了四十分钟值了',
      '冬季限定又来了，桂花味很浓，酒酿有点甜',
      '前两天还在骂舔吸管，今天又在排队买新品，打工人的记忆只有七秒',
      '桂花酒酿乌龙三分糖刚刚好，推荐',
    ],
  },
  {
    key: 'tianding-franchise-fraud',
    start: 155,
    hours: 36,
    news: [
      ['多名加盟商称被“甜町”冒牌招商骗取加盟费 总部：非官方渠道', '多名创业者反映，通过网络广告联系到自称“甜町奶茶招商部”的公司，缴纳加盟费十余万元后对方失联。甜町总部声明称，该公司与甜町无任何关系，系冒用品牌。'],
    ],
    posts: [
      '交了十二万的甜町加盟费，店还没开，招商公司人去楼空了',
      '网上那些奶茶加盟广告十个有九个是假的，甜町官方根本不开放加盟',
      '被冒牌招商骗的不止一个人，我们几个受害者已经一起报警了',
      '甜町自己也该打假吧，品牌被冒用这么久不管',
    ],
  },
  // ——— English-first stories ———
  {
    key: 'novacharge-recall',
    start: 15,
    hours: 60,
    news: [['NovaCharge充电宝召回 部分批次电芯过热可能起火', 'NovaCharge宣布在中国市场召回约8.6万台PowerCube 20000型移动电源，原因是部分批次电芯在充电时可能过热，存在起火风险。']],
    posts: [
      '家里那个NovaCharge PowerCube 20000赶紧查一下批次，在召回范围内的别用了',
      'NovaCharge的充电宝充着充着烫手，原来是电芯有问题',
    ],
    en: [
      ['NovaCharge recalls 86,000 PowerCube power banks over overheating risk', 'Power bank maker NovaCharge is recalling about 86,000 PowerCube 20000 units after reports that the battery cells can overheat while charging and catch fire.'],
      ['NovaCharge PowerCube recall: how to check your serial number', 'Owners of the NovaCharge PowerCube 20000 should check the batch code printed on the back of the unit and stop using affected power banks immediately.'],
      ['My NovaCharge power bank got so hot it melted the case', 'Posted on a forum: the PowerCube started smoking on my desk while charging my phone. Glad they finally announced a recall.'],
    ],
  },
  {
    key: 'novacharge-layoffs',
    start: 140,
    hours: 30,
    news: [],
    posts: [],
    en: [
      ['NovaCharge to cut 400 jobs as power bank sales slow', 'Power bank maker NovaCharge said it will lay off about 400 employees, roughly a tenth of its workforce, and close its Austin assembly plant as demand for portable chargers cools.'],
      ['NovaCharge layoffs hit Austin plant, workers say they got two weeks notice', 'Workers at the NovaCharge plant in Austin said they were told on Friday that the factory will close by the end of the year, with two weeks of pay for each year served.'],
      ['Just got laid off from NovaCharge after six years', 'Posted on a forum: whole PowerCube line team let go this morning. They say sales are down and the plant is closing. Anyone hiring in Austin?'],
    ],
  },
  {
    key: 'halvern-emergency-landing',
    start: 55,
    hours: 30,
    news: [['豪文航空一航班因发动机故障备降 乘客称机舱内有焦味', '11月4日，豪文航空HV872航班在飞往新加坡途中因一侧发动机故障，备降厦门高崎机场，机上182名乘客全部安全。']],
    posts: ['坐的豪文航空HV872，飞到一半机舱有焦糊味，左边发动机停了，最后备降厦门，腿都软了'],
    en: [
      ['Halvern Airlines flight diverts to Xiamen after engine failure', 'Halvern Airlines flight HV872 bound for Singapore diverted to Xiamen on Tuesday after one of its engines failed. All 182 passengers landed safely.'],
      ['Passengers describe smell of burning before Halvern HV872 diversion', 'Passengers on the Halvern flight said they smelled smoke in the cabin minutes before the captain announced an engine shutdown.'],
      ['Halvern grounds A321 pending engine inspection after HV872 incident', 'Halvern Airlines said the aircraft involved in the HV872 diversion would stay on the ground until engineers complete an inspection of the failed engine.'],
    ],
  },
  {
    key: 'brightmart-breach',
    start: 115,
    hours: 40,
    news: [],
    posts: [],
    en: [
      ['Brightmart says hackers accessed loyalty card data of 2 million shoppers', 'Supermarket chain Brightmart said an attacker accessed names, email addresses and loyalty points balances of about two million members of its rewards programme.'],
      ['Brightmart breach: customers report phishing emails using stolen details', 'Days after Brightmart disclosed a breach of its loyalty database, customers say they are receiving convincing phishing emails that quote their points balance.'],
      ['Brightmart faces regulator questions over loyalty data breach', 'The data protection regulator said it had opened an inquiry into the Brightmart breach and asked why customers were told a week after the attack was found.'],
      ['Got an email from Brightmart about the breach, changed all my passwords', 'Brightmart emailed me today saying my rewards account was part of the hack. Anyone else getting weird emails about points?'],
      ['Brightmart loyalty hack exposes 2M accounts', 'Two million Brightmart rewards accounts were exposed in the attack, the company confirmed.'],
    ],
  },
];

/** Posts that name a brand or a place of the stories but belong to none: each is a story of its own. */
export const loners: { start: number; text: string }[] = [
  { start: 12, text: '周末开着澜途去千岛湖自驾，一路风景太美了，续航也够用' },
  { start: 33, text: '每天早上一杯鲜丰酸奶，坚持三个月了，肠胃好多了' },
  { start: 48, text: '汇泽银行的信用卡积分可以换电影票，刚换了两张，周末看电影去' },
  { start: 66, text: '今天喵速外卖的骑手小哥帮我把垃圾顺手带下楼了，太暖了，给了五星好评' },
  { start: 81, text: '星禾的手表戴着挺舒服的，就是表带有点硬' },
  { start: 95, text: '青川的秋天真美，银杏大道黄成一片，周末去拍照' },
  { start: 108, text: '铂悦酒店的自助早餐不错，海鲜粥很好喝' },
  { start: 122, text: '天衡物业的保安大叔每天帮我们收快递，点赞' },
  { start: 137, text: '甜町的芋泥波波还是我的最爱，一周三杯' },
  { start: 152, text: '博安医院的体检套餐挺划算的，公司今年就在那做的' },
  { start: 168, text: 'Just tried the NovaCharge wireless pad with my new phone, charges fast and stays cool.' },
  { start: 175, text: '青川三中今年高考成绩又创新高，恭喜学弟学妹们' },
];
