import type { Outcome } from '../../../db/types.ts'

/**
 * The demo county's proposals of 2022 (代表建议), each taken up from the lead deputy's own items of that year:
 * a title by the items' theme, its case and measures, the outcome of the answer. One (the seventh) was rated
 * unsatisfied, handled again and closed; the rest were rated satisfied or basically satisfied.
 */
export interface ProposalPlan {
  title: string
  reason: string
  measures: string
  outcome: Outcome
  answer: string
}

export const PROPOSALS_2022: readonly ProposalPlan[] = [
  {
    title: '关于加快老旧小区改造进度的建议',
    reason: '群众反映部分老旧小区管网老化、楼道破损，改造进度慢，影响居民生活。',
    measures: '建议将群众反映集中的小区优先列入年度改造计划，公开改造时间表，施工期间做好安全和出行保障。',
    outcome: 'A',
    answer: '所涉小区已纳入2022年老旧小区改造计划，管网更新和楼道修缮已于年内完工。',
  },
  {
    title: '关于完善农村道路安全设施的建议',
    reason: '多个村的通村道路弯道多、缺少护栏和警示标志，夜间行车存在安全隐患。',
    measures: '建议对通村道路开展安全隐患排查，增设护栏、警示标志和道路照明。',
    outcome: 'B',
    answer: '已完成隐患排查，首批护栏和警示标志已安装，其余路段列入明年计划。',
  },
  {
    title: '关于增加社区养老服务供给的建议',
    reason: '居家老人增多，社区照料中心服务时间短、助餐点少，群众需求难以满足。',
    measures: '建议扩大社区助餐服务覆盖，延长照料中心开放时间，引入专业养老服务机构。',
    outcome: 'B',
    answer: '新增助餐点6个，照料中心开放时间延长至晚间，专业机构引入工作正在推进。',
  },
  {
    title: '关于规范城区停车管理的建议',
    reason: '城区部分路段停车难、乱停放现象突出，影响通行和市容。',
    measures: '建议挖潜增设公共停车泊位，推行错时共享停车，加强违停执法。',
    outcome: 'C',
    answer: '已编制城区停车设施规划，新增泊位项目计划于明年分批实施。',
  },
  {
    title: '关于加强农村生活污水治理设施运维的建议',
    reason: '部分村污水处理设施运行不正常，存在管网堵塞、异味等问题。',
    measures: '建议落实设施运维责任和经费，建立定期巡查和群众报修机制。',
    outcome: 'A',
    answer: '已对相关设施完成检修，运维单位和巡查制度已落实到村。',
  },
  {
    title: '关于提升学校周边交通秩序的建议',
    reason: '上下学高峰期学校周边道路拥堵，接送车辆乱停，学生安全存在隐患。',
    measures: '建议设置临时停靠区和护学岗，优化信号灯配时，错峰放学。',
    outcome: 'A',
    answer: '已在相关学校周边设置即停即走区和护学岗，高峰拥堵明显缓解。',
  },
  {
    title: '关于加快农贸市场提升改造的建议',
    reason: '镇农贸市场设施陈旧、排水不畅，环境卫生较差，群众意见较大。',
    measures: '建议将该市场列入提升改造计划，改善排水和通风，规范摊位管理。',
    outcome: 'C',
    answer: '市场提升改造已列入计划，设计方案正在编制，预计明年开工。',
  },
  {
    title: '关于完善城乡公交线路的建议',
    reason: '部分村公交班次少、末班车早，村民出行不便。',
    measures: '建议优化城乡公交线路，增加高峰班次，延长末班车时间。',
    outcome: 'B',
    answer: '已调整两条城乡公交线路，高峰班次增加，末班车延后半小时，其余线路正在评估。',
  },
  {
    title: '关于加强河道保洁和水环境整治的建议',
    reason: '部分河道存在漂浮物和岸坡垃圾，水质季节性变差。',
    measures: '建议落实河长巡河制度，增加保洁频次，开展沿河截污。',
    outcome: 'A',
    answer: '已增加河道保洁频次，完成沿河截污纳管，水质明显好转。',
  },
  {
    title: '关于增设全民健身场地的建议',
    reason: '城区和集镇居民健身场地不足，现有设施老化。',
    measures: '建议利用边角地增设口袋公园和健身点，定期维护健身器材。',
    outcome: 'B',
    answer: '新建口袋公园3处，健身器材更新工作正在进行。',
  },
  {
    title: '关于解决农村饮用水水压不足问题的建议',
    reason: '部分高地村落用水高峰期水压不足，影响群众日常生活。',
    measures: '建议对供水管网进行改造，增设加压设施。',
    outcome: 'D',
    answer: '相关区域将随区域供水管网整体改造统筹解决，建议留作参考。',
  },
  {
    title: '关于规范电动自行车充电管理的建议',
    reason: '小区电动自行车飞线充电、楼道充电现象较多，存在消防隐患。',
    measures: '建议在小区增设集中充电桩，加强宣传和巡查。',
    outcome: 'A',
    answer: '已在相关小区新增集中充电车棚，飞线充电问题已整治。',
  },
]

/** The current-year draft of the demo deputy account, awaiting the second demo deputy's co-signature. */
export const CURRENT_DRAFT = {
  title: '关于改善街道背街小巷环境的建议',
  reason: '群众反映背街小巷路面破损、照明不足、垃圾清运不及时。',
  measures: '建议开展背街小巷专项整治，修复路面，增设照明，落实保洁责任。',
} as const
