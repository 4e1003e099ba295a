import type {
  CalendarDayKind,
  CalendarDaySource,
  CalendarYearStatus,
  Capability,
  Channel,
  ContactMethod,
  CosignerStatus,
  DeputyLevel,
  Gender,
  NoticeDayKind,
  Outcome,
  OverrideKind,
  PartnerKind,
  PartnerScope,
  ProposalAction,
  ProposalStatus,
  PublicationStatus,
  Rating,
  RecordEntryKind,
  RegionLevel,
  RejectReason,
  Role,
  ScrubKind,
  SuggestionStatus,
  Tier,
  TimeLimitTier,
  UnitKind,
  VenueKind,
} from './api/types'
import type { Bilingual, Lang } from './i18n'

// One exhaustive table per enum of the API: a value the server adds is a compile error here until it has
// its label. The order of each table is the order lists and filters show.

export const statusLabels: Record<SuggestionStatus, Bilingual> = {
  submitted: { zh: '待受理', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  answered_on_spot: { zh: '当场答复', en: 'Answered on the spot' },
  routed: { zh: '已流转', en: 'Routed' },
  assigned: { zh: '已交办', en: 'Assigned' },
  signed: { zh: '已签收', en: 'Signed for' },
  in_progress: { zh: '办理中', en: 'In progress' },
  replied: { zh: '已答复', en: 'Replied' },
  reviewed: { zh: '已审核', en: 'Reviewed' },
  feedback_given: { zh: '已反馈', en: 'Answer sent' },
  closed: { zh: '已办结', en: 'Closed' },
}

export const channelLabels: Record<Channel, Bilingual> = {
  online: { zh: '线上问诊', en: 'Online' },
  station: { zh: '站内坐诊', en: 'In-station reception' },
  mobile: { zh: '流动巡诊', en: 'Mobile rounds' },
  grid: { zh: '网格上报', en: 'Grid report' },
  mediation: { zh: '矛调中心', en: 'Mediation centre' },
  external: { zh: '外部系统', en: 'Partner system' },
  supervision: { zh: '领办督查', en: 'Project supervision' },
}

export const tierLabels: Record<Tier, Bilingual> = {
  town: { zh: '镇(街道)办理', en: 'Town tier' },
  county: { zh: '县级办理', en: 'County tier' },
  proposal: { zh: '转为代表建议', en: 'Formal deputy proposal' },
}

export const outcomeLabels: Record<Outcome, Bilingual> = {
  A: { zh: 'A 已解决', en: 'A · Resolved' },
  B: { zh: 'B 正在解决或列入计划', en: 'B · Being resolved or scheduled' },
  C: { zh: 'C 解释说明', en: 'C · Explained' },
  D: { zh: 'D 留作参考', en: 'D · Kept for reference' },
}

export const ratingLabels: Record<Rating, Bilingual> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
}

export const rejectReasonLabels: Record<RejectReason, Bilingual> = {
  invalid: { zh: '无效信息', en: 'Not a valid submission' },
  out_of_scope: { zh: '不属于受理范围', en: 'Outside our remit' },
}

export const roleLabels: Record<Role, Bilingual> = {
  county_admin: { zh: '县人大常委会', en: 'County congress staff' },
  town_staff: { zh: '镇(街道)人大', en: 'Town congress staff' },
  station_staff: { zh: '联络站联络员', en: 'Liaison station staff' },
  deputy: { zh: '人大代表', en: 'Deputy' },
  unit_staff: { zh: '承办单位', en: 'Handling unit' },
  integrity_liaison: { zh: '纪委监委联络员', en: 'Integrity liaison' },
}

export const capabilityLabels: Record<Capability, Bilingual> = {
  'suggestions.work': { zh: '办理意见建议', en: 'Work on suggestions' },
  'suggestions.intake': { zh: '录入意见', en: 'Record opinions' },
  'suggestions.bulk_assign': { zh: '批量交办', en: 'Assign in bulk' },
  'suggestions.publish': { zh: '办理结果公开', en: 'Publish answers' },
  'contact.reveal': { zh: '查看群众联系方式', en: "Reveal citizens' contact details" },
  'deputy.contact': { zh: '查看代表电话', en: "Reveal deputies' phone numbers" },
  'reference.read': { zh: '查阅基础数据', en: 'Read reference data' },
  'directory.browse': { zh: '查阅代表和联络阵地', en: 'Browse deputies and venues' },
  'reference.edit': { zh: '维护基础数据', en: 'Edit reference data' },
  'duty.edit': { zh: '维护排班', en: 'Keep the duty schedule' },
  'receptions.record': { zh: '记录接待与巡诊', en: 'Record receptions and rounds' },
  'units.read': { zh: '查阅承办单位', en: 'Read handling units' },
  'records.read': { zh: '查阅履职档案', en: "Read deputies' records" },
  'records.keep': { zh: '维护履职档案', en: "Keep deputies' records" },
  'projects.read': { zh: '查看民生实事点位', en: 'See livelihood-project sites' },
  'projects.plan': { zh: '维护年度民生实事项目', en: "Keep the year's livelihood projects" },
  'projects.manage': { zh: '管理项目点位与销号', en: 'Manage project sites and cross them off' },
  'proposals.read': { zh: '查阅代表建议', en: "Read deputies' proposals" },
  'proposals.draft': { zh: '起草代表建议', en: 'Draft proposals' },
  'proposals.register': { zh: '代表建议立案交办', en: 'Register and assign proposals' },
  'proposals.handle': { zh: '办理代表建议', en: 'Handle proposals' },
  'county.admin': { zh: '县级管理', en: 'County administration' },
  'partners.admin': { zh: '管理外部系统接口', en: 'Manage partner systems' },
  'integrity.work': { zh: '廉情监测', en: 'Integrity monitoring' },
  'any.role': { zh: '已分配角色', en: 'Any role' },
}

export const venueKindLabels: Record<VenueKind, Bilingual> = {
  station: { zh: '联络站', en: 'Liaison station' },
  point: { zh: '联络点', en: 'Liaison point' },
  window: { zh: '便民服务窗', en: 'Convenience window' },
  post: { zh: '代表履职岗', en: 'Deputy duty post' },
  mobile: { zh: '流动联络点', en: 'Mobile point' },
}

export const deputyLevelLabels: Record<DeputyLevel, Bilingual> = {
  national: { zh: '全国人大代表', en: 'National' },
  provincial: { zh: '省人大代表', en: 'Provincial' },
  city: { zh: '市人大代表', en: 'City' },
  county: { zh: '县人大代表', en: 'County' },
  town: { zh: '镇人大代表', en: 'Town' },
}

export const regionLevelLabels: Record<RegionLevel, Bilingual> = {
  county: { zh: '县', en: 'County' },
  town: { zh: '镇(街道)', en: 'Town / subdistrict' },
  village: { zh: '村(社区)', en: 'Village / community' },
}

export const unitKindLabels: Record<UnitKind, Bilingual> = {
  department: { zh: '政府部门', en: 'Government department' },
  supervisory: { zh: '监察委员会', en: 'Supervisory commission' },
  court: { zh: '法院', en: 'Court' },
  procuratorate: { zh: '检察院', en: 'Procuratorate' },
  town_government: { zh: '镇(街道)政府', en: 'Town government' },
  platform: { zh: '一室四平台', en: 'Town platform' },
}

export const genderLabels: Record<Gender, Bilingual> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
}

export const calendarDayKindLabels: Record<CalendarDayKind, Bilingual> = {
  workday: { zh: '工作日', en: 'Working day' },
  rest: { zh: '周末', en: 'Weekend' },
  holiday: { zh: '放假', en: 'Holiday' },
  makeup: { zh: '调休上班', en: 'Make-up working day' },
}

export const calendarDaySourceLabels: Record<CalendarDaySource, Bilingual> = {
  statutory: { zh: '国务院公布', en: 'Published by the State Council' },
  notice: { zh: '按通知录入', en: "Entered from the State Council's notice" },
  provisional: { zh: '依法推算（暂定）', en: 'Computed from the law (provisional)' },
  override: { zh: '本县调整', en: "The county's correction" },
}

export const calendarYearStatusLabels: Record<CalendarYearStatus, Bilingual> = {
  statutory: { zh: '已公布', en: 'Published' },
  notice: { zh: '已录入通知', en: 'Notice entered' },
  provisional: { zh: '暂定', en: 'Provisional' },
}

export const noticeDayKindLabels: Record<NoticeDayKind, Bilingual> = {
  holiday: { zh: '放假', en: 'Holiday' },
  makeup: { zh: '调休上班', en: 'Make-up working day' },
}

export const overrideKindLabels: Record<OverrideKind, Bilingual> = {
  workday: { zh: '上班', en: 'Working day' },
  holiday: { zh: '放假', en: 'Day off' },
}

export const timeLimitTierLabels: Record<TimeLimitTier, Bilingual> = {
  default: { zh: '默认', en: 'Default' },
  town: { zh: '镇(街道)办理', en: 'Town tier' },
  county: { zh: '县级办理', en: 'County tier' },
  proposal: { zh: '转为代表建议', en: 'Formal deputy proposal' },
}

export const publicationStatusLabels: Record<PublicationStatus, Bilingual> = {
  published: { zh: '已公开', en: 'Published' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

/** What the scrubber finds in a text before publication. */
export const scrubKindLabels: Record<ScrubKind, Bilingual> = {
  phone: { zh: '手机号码', en: 'Mobile number' },
  landline: { zh: '固定电话', en: 'Landline' },
  id_card: { zh: '身份证号', en: 'ID card number' },
  bank_card: { zh: '银行卡号', en: 'Bank card number' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  plate: { zh: '车牌号', en: 'Licence plate' },
  house_number: { zh: '门牌号', en: 'House number' },
  name: { zh: '姓名', en: 'Name' },
}

export const partnerKindLabels: Record<PartnerKind, Bilingual> = {
  province: { zh: '省代表履职平台', en: "Province's deputy-work platform" },
  hotline: { zh: '12345 热线', en: '12345 hotline' },
  platform: { zh: '一室四平台', en: 'Town platform' },
  other: { zh: '其他系统', en: 'Other system' },
}

export const partnerScopeLabels: Record<PartnerScope, Bilingual> = {
  intake: { zh: '提交事项', en: 'Hand items in' },
  status: { zh: '查询状态', en: 'Read status' },
  platform_reply: { zh: '答复交办', en: 'Reply to assignments' },
}

/** The codes of a table, in its order (for filters and pickers). */
export function codesOf<K extends string>(table: Record<K, Bilingual>): K[] {
  return Object.keys(table) as K[]
}

/** The label of a code the API types as one of the table's members. */
export function label<K extends string>(table: Record<K, Bilingual>, code: K, lang: Lang): string {
  return table[code][lang]
}

/**
 * The label of a code the API types only as a string (the public deputy pages, the signed-in user's roles,
 * a rating on the detail): the code itself when the table does not know it.
 */
export function labelOf<K extends string>(
  table: Record<K, Bilingual>,
  code: string | null | undefined,
  lang: Lang,
): string {
  if (!code) return ''
  return Object.hasOwn(table, code) ? table[code as K][lang] : code
}

/** "第十七届" / "17th term". */
export function termLabel(term: number, lang: Lang): string {
  if (lang === 'en') {
    const suffix = term % 100 >= 11 && term % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][term % 10] ?? 'th')
    return `${term}${suffix} term`
  }
  return `第${chineseNumber(term)}届`
}

function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九'
  if (n < 10) return digits[n]
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`
  return String(n)
}

/**
 * A place or other proper name from the reference data: in English its Chinese name with the English where
 * the data has one ("武康街道 (Wukang Subdistrict)"), in Chinese the Chinese name.
 */
export function nameIn(lang: Lang, zh: string, en: string | null | undefined): string {
  return lang === 'en' && en && en !== zh ? `${zh} (${en})` : zh
}

/** A term of a code list (a category): the English where the data has it, else the Chinese. */
export function termIn(lang: Lang, zh: string | null, en: string | null | undefined): string | null {
  return lang === 'en' && en ? en : zh
}

/** "town / village" of an item, each name as nameIn gives it; the village left out when it is the town. */
export function placeOf(
  lang: Lang,
  r: { townName: string | null; townNameEn: string | null; regionName: string; regionNameEn: string | null },
): string {
  const town = r.townName ? nameIn(lang, r.townName, r.townNameEn) : null
  const village =
    r.regionName && r.regionName !== r.townName ? nameIn(lang, r.regionName, r.regionNameEn) : null
  return [town, village].filter(Boolean).join(' / ') || '—'
}

export const recordEntryKindLabels: Record<RecordEntryKind, Bilingual> = {
  training: { zh: '参加培训', en: 'Training' },
  proposal: { zh: '提出议案建议', en: 'Proposals at sessions' },
  activity: { zh: '其他履职活动', en: 'Other duty activities' },
}

// ── deputies' proposals (代表建议) ─────────────────────────────────────────────────────────────────────────────

export const proposalStatusLabels: Record<ProposalStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  cosigning: { zh: '征集联名', en: 'Collecting co-signatures' },
  submitted: { zh: '已提交', en: 'Submitted' },
  registered: { zh: '已立案交办', en: 'Registered' },
  not_registered: { zh: '不予立案', en: 'Not registered' },
  contacted: { zh: '已面商', en: 'Deputy contacted' },
  answered: { zh: '已答复', en: 'Answered' },
  rehandling: { zh: '重新办理', en: 'Handled again' },
  closed: { zh: '已办结', en: 'Closed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
}

export const proposalActionLabels: Record<ProposalAction, Bilingual> = {
  invite: { zh: '邀请联名', en: 'Invite co-signers' },
  cosign: { zh: '同意联名', en: 'Co-sign' },
  decline: { zh: '谢绝联名', en: 'Decline' },
  unsign: { zh: '撤回联名', en: 'Withdraw my signature' },
  submit: { zh: '提交', en: 'Submit' },
  withdraw: { zh: '撤回建议', en: 'Withdraw' },
  register: { zh: '立案交办', en: 'Register and assign' },
  not_register: { zh: '不予立案', en: 'Decline to register' },
  contact: { zh: '记录面商', en: 'Record the contact' },
  answer: { zh: '答复', en: 'Answer' },
  rate: { zh: '评价答复', en: 'Rate the answer' },
}

export const cosignerStatusLabels: Record<CosignerStatus, Bilingual> = {
  invited: { zh: '待回复', en: 'Invited' },
  signed: { zh: '已联名', en: 'Co-signed' },
  declined: { zh: '已谢绝', en: 'Declined' },
  withdrawn: { zh: '已撤回联名', en: 'Signature withdrawn' },
}

export const contactMethodLabels: Record<ContactMethod, Bilingual> = {
  in_person: { zh: '面谈', en: 'In person' },
  phone: { zh: '电话', en: 'By phone' },
  meeting: { zh: '座谈', en: 'Meeting' },
}

/** The answer's outcome class for a proposal. */
export const proposalOutcomeLabels: Record<Outcome, Bilingual> = {
  A: { zh: 'A 类 已解决', en: 'A · Solved' },
  B: { zh: 'B 类 正在解决', en: 'B · Being solved' },
  C: { zh: 'C 类 计划解决', en: 'C · Planned' },
  D: { zh: 'D 类 留作参考', en: 'D · For reference' },
}
