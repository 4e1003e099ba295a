import type { SiteFinding } from '../../../db/types.ts'

/**
 * The demo county's livelihood projects (民生实事). The 2022 report gives their number and their sites' (10 and
 * 208); the projects' names, lead units and the split of sites among them are invented, in the manner of a
 * county's yearly list.
 */
export interface ProjectPlan {
  name: string
  unit: string
  /** What a site of it is called, after its village: "…文化礼堂提升". */
  site: string
  sites: number
}

export const PROJECTS_2022: readonly ProjectPlan[] = [
  { name: '城乡供水提质工程', unit: '县水利局', site: '供水管网改造', sites: 32 },
  { name: '农村公路提档升级', unit: '县交通运输局', site: '农村公路提升', sites: 28 },
  { name: '老旧小区改造', unit: '县住房和城乡建设局', site: '老旧小区改造', sites: 26 },
  { name: '居家养老服务中心建设', unit: '县民政局', site: '居家养老服务中心', sites: 24 },
  { name: '农村文化礼堂提升', unit: '县文化和广电旅游体育局', site: '文化礼堂提升', sites: 22 },
  { name: '公共停车位新建', unit: '县综合行政执法局', site: '公共停车场', sites: 20 },
  { name: '村卫生室标准化建设', unit: '县卫生健康局', site: '村卫生室改造', sites: 18 },
  { name: '全民健身设施建设', unit: '县文化和广电旅游体育局', site: '百姓健身房', sites: 16 },
  { name: '公办幼儿园扩容', unit: '县教育局', site: '幼儿园扩班', sites: 12 },
  { name: '农贸市场改造提升', unit: '县市场监督管理局', site: '农贸市场改造', sites: 10 },
]

export const PROJECTS_CURRENT: readonly ProjectPlan[] = [
  { name: '城乡供水管网更新', unit: '县水利局', site: '供水管网更新', sites: 14 },
  { name: '“四好农村路”提升', unit: '县交通运输局', site: '村道提升', sites: 13 },
  { name: '老旧小区加装电梯', unit: '县住房和城乡建设局', site: '加装电梯', sites: 12 },
  { name: '老年食堂建设', unit: '县民政局', site: '老年食堂', sites: 12 },
  { name: '城乡公厕提升', unit: '县综合行政执法局', site: '公厕提升', sites: 11 },
  { name: '社区嵌入式托育点', unit: '县卫生健康局', site: '托育点', sites: 10 },
  { name: '中小学食堂提升', unit: '县教育局', site: '学校食堂提升', sites: 9 },
  { name: '口袋公园建设', unit: '县住房和城乡建设局', site: '口袋公园', sites: 9 },
  { name: '电动自行车充电设施', unit: '县应急管理局', site: '充电设施', sites: 8 },
  { name: '农村生活污水提标', unit: '县住房和城乡建设局', site: '污水处理提标', sites: 8 },
]

/** A report's three findings and its problems and opinion, by how the site is going. */
export function findingsFor(
  roll: number,
  late: boolean,
  status: 'not_started' | 'in_progress' | 'completed',
): { onTime: SiteFinding; quality: SiteFinding; quantity: SiteFinding; problems: string; opinion: string } {
  // Nothing built yet, or all of it done: the checks speak of the preparation, or of the acceptance.
  if (status !== 'in_progress')
    return {
      onTime: 'good',
      quality: 'good',
      quantity: 'good',
      problems: '',
      opinion:
        status === 'completed'
          ? '已完工，群众反映良好，建议尽快组织验收销号。'
          : roll < 0.5
            ? '前期准备工作正常推进，建议按计划开工。'
            : '尚未开工，建议责任单位抓紧办理前期手续。',
    }
  if (late && roll < 0.5)
    return {
      onTime: 'problem',
      quality: 'good',
      quantity: 'concern',
      problems: '施工进度滞后于计划，部分材料未按期进场。',
      opinion: '建议责任单位倒排工期，加派施工力量，按月报送进度。',
    }
  if (roll < 0.08)
    return {
      onTime: 'good',
      quality: 'concern',
      quantity: 'good',
      problems: '现场发现个别部位施工不够规范。',
      opinion: '建议加强监理，整改后组织复查。',
    }
  if (roll < 0.14)
    return {
      onTime: 'concern',
      quality: 'good',
      quantity: 'good',
      problems: '',
      opinion: '雨季临近，建议提前做好防汛安排，确保工期。',
    }
  return {
    onTime: 'good',
    quality: 'good',
    quantity: 'good',
    problems: '',
    opinion: '进展正常，群众反映良好。',
  }
}
