/**
 * Word lists for the demo county. Every person is invented: names are drawn at random from common
 * surnames and given-name characters. Towns, villages and communities are real (divisions/); roads and firms
 * are invented.
 */

/** Surnames with a rough weight (northern Zhejiang flavour: 沈, 姚, 陆, 俞, 钱, 费 are common around Huzhou). */
// biome-ignore format: a data table reads better compact
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['沈', 9], ['王', 8], ['陈', 8], ['张', 7], ['李', 6], ['徐', 6], ['朱', 5], ['吴', 5], ['周', 5],
  ['钱', 4], ['姚', 4], ['陆', 4], ['俞', 4], ['杨', 4], ['金', 4], ['施', 3], ['费', 3], ['邱', 3],
  ['潘', 3], ['胡', 3], ['蒋', 3], ['孙', 3], ['刘', 3], ['黄', 3], ['赵', 3], ['马', 2], ['许', 2],
  ['顾', 2], ['严', 2], ['丁', 2], ['方', 2], ['戴', 2], ['范', 2], ['郑', 2], ['叶', 2], ['林', 2],
  ['高', 2], ['韩', 1], ['唐', 1], ['冯', 1], ['曹', 1], ['莫', 1], ['闻', 1], ['臧', 1], ['褚', 1],
  ['凌', 1], ['章', 1], ['倪', 1], ['宋', 1], ['谈', 1], ['卢', 1], ['汤', 1], ['鲍', 1], ['郁', 1],
]

// biome-ignore format: a data table reads better compact
export const GIVEN_MALE: readonly string[] = [
  '建', '国', '明', '伟', '强', '军', '华', '平', '杰', '峰', '涛', '斌', '勇', '刚', '林', '海', '东',
  '志', '文', '宇', '浩', '磊', '鹏', '俊', '晨', '超', '龙', '新', '荣', '兴', '良', '忠', '庆', '春',
  '德', '祥', '福', '振', '云', '宏', '卫', '江', '飞', '健', '彬', '毅', '炜', '锋', '亮', '昊', '凯',
  '阳', '晖', '诚', '根', '松', '金', '水', '宝', '跃',
]

// biome-ignore format: a data table reads better compact
export const GIVEN_FEMALE: readonly string[] = [
  '丽', '芳', '敏', '静', '燕', '艳', '娟', '霞', '红', '玲', '萍', '英', '梅', '琴', '慧', '婷', '雪',
  '洁', '倩', '莉', '颖', '佳', '月', '琳', '蕾', '晓', '秀', '美', '丹', '珍', '凤', '菊', '华', '云',
  '虹', '瑶', '晶', '妍', '怡', '悦', '芬', '青', '兰', '薇',
]

/** Road-name pieces for addresses. */
// biome-ignore format: a data table reads better compact
export const ROAD_NAMES: readonly string[] = [
  '兴康', '永安', '英溪', '武源', '千秋', '长虹', '塔山', '云岫', '北湖', '秋山', '春晖', '沿河', '人民',
  '中兴', '环城', '建设', '文化', '工业', '清溪', '丰收', '科源', '双山', '临溪', '志远', '湖滨', '振兴',
]
export const ROAD_SUFFIXES: readonly string[] = ['路', '路', '街', '大道']

// biome-ignore format: a data table reads better compact
export const PARTIES: readonly (readonly [string, number])[] = [
  ['中共党员', 66], ['群众', 20], ['民盟盟员', 2], ['民进会员', 2], ['民建会员', 2], ['致公党党员', 1],
  ['农工党党员', 1], ['九三学社社员', 1], ['民革党员', 1], ['无党派人士', 3], ['共青团员', 1],
]

// biome-ignore format: a data table reads better compact
export const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['汉族', 95], ['畲族', 2], ['回族', 1], ['满族', 1], ['土家族', 1], ['苗族', 1],
]

/** Brand words for invented firms. */
// biome-ignore format: a data table reads better compact
export const FIRM_BRANDS: readonly string[] = [
  '华宇', '恒达', '金洲', '鼎盛', '新源', '欣禾', '天顺', '瑞丰', '博远', '嘉盛', '永兴', '杭亚', '宏泰',
  '森远', '康华', '浙北', '凯达', '锦程', '明瑞', '润禾', '众诚', '佳友', '远航', '卓越', '东盛', '聚丰',
]

/** Industries for invented firms (Deqing has geographic-information, piano, wood and bamboo industries). */
// biome-ignore format: a data table reads better compact
export const FIRM_INDUSTRIES: readonly string[] = [
  '钢琴', '竹木', '生物科技', '机械', '新材料', '地理信息', '纺织', '食品', '建材', '物流', '电子',
  '装饰材料', '智能装备', '汽车零部件', '环保科技', '农业发展', '旅游开发', '建设', '电气',
]

export const FIRM_FORMS: readonly string[] = ['有限公司', '有限公司', '股份有限公司', '科技有限公司']

export const COOPERATIVE_CROPS: readonly string[] = [
  '水产',
  '蔬菜',
  '茶叶',
  '葡萄',
  '湖羊',
  '青虾',
  '黄桃',
  '稻米',
  '甲鱼',
  '竹笋',
  '梨',
  '蚕桑',
]

/** Areas of concern used in deputies' short bios. */
// biome-ignore format: a data table reads better compact
export const CONCERNS: readonly string[] = [
  '农村人居环境整治', '居家养老服务', '义务教育均衡', '基层医疗服务', '小微企业发展', '道路交通安全',
  '水环境治理', '农产品销售', '老旧小区改造', '垃圾分类', '乡村旅游', '共同富裕', '营商环境',
  '食品安全', '文化惠民', '就业创业', '平安建设', '数字乡村', '农村饮用水', '停车难问题',
]

// biome-ignore format: a data table reads better compact
export const CHINESE_NUMERALS: readonly string[] = [
  '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五',
]
