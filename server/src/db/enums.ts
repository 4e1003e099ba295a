/**
 * Every closed set of values the database stores, each as the one array its TypeScript type is derived from.
 * A column holding one of them carries `CHECK (col IN (…))` with exactly these values; the type generator
 * (generate-types.ts) types such columns by matching the value set, and the schema-drift test fails when a
 * migration and this file disagree. Arrays are in the order the domain reads them (the loop's states in loop
 * order, regions top down), so they can also drive lists and filters. Vocabulary: docs/domain.md.
 */

// ── geography and organisation ──────────────────────────────────────────────────────────────────────────────

/** 县 → 镇/街道 → 村/社区 */
export const REGION_LEVELS = ['county', 'town', 'village'] as const
export type RegionLevel = (typeof REGION_LEVELS)[number]

/** 联络站 · 联络点 · 便民服务窗 · 代表履职岗 · 流动联络点 */
export const VENUE_KINDS = ['station', 'point', 'window', 'post', 'mobile'] as const
export type VenueKind = (typeof VENUE_KINDS)[number]

/** The congress a deputy sits in: 全国 · 省 · 市 · 县 · 乡镇 */
export const DEPUTY_LEVELS = ['national', 'provincial', 'city', 'county', 'town'] as const
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number]

/** 男 · 女 */
export const GENDERS = ['male', 'female'] as const
export type Gender = (typeof GENDERS)[number]

/** 一府一委两院 (government department, supervisory commission, court, procuratorate), 镇政府, 一室四平台 */
export const UNIT_KINDS = [
  'department',
  'supervisory',
  'court',
  'procuratorate',
  'town_government',
  'platform',
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

// ── people and the record of what they did ──────────────────────────────────────────────────────────────────

/** 县人大常委会 · 镇(街道)人大 · 联络站联络员 · 人大代表 · 承办单位 · 纪委监委联络员 */
export const ROLES = [
  'county_admin',
  'town_staff',
  'station_staff',
  'deputy',
  'unit_staff',
  'integrity_liaison',
] as const
export type Role = (typeof ROLES)[number]

/** What an audited attempt came to: done, failed, refused. */
export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const
export type AuditResult = (typeof AUDIT_RESULTS)[number]

// ── the suggestion loop (民意汇 · 闭环办) ─────────────────────────────────────────────────────────────────────

/**
 * 站内坐诊 · 流动巡诊 · 线上问诊, items from grid workers (网格上报) and the mediation centre (矛调中心), and items a
 * partner system handed in (外部系统: the province's platform, the 12345 hotline, Open311), and problems a lead
 * deputy found at a project site (领办督查).
 */
export const CHANNELS = [
  'station',
  'mobile',
  'online',
  'grid',
  'mediation',
  'external',
  'supervision',
] as const
export type Channel = (typeof CHANNELS)[number]

/** The loop's states in loop order (transitions: modules/suggestions/workflow.ts). */
export const SUGGESTION_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'answered_on_spot',
  'routed',
  'assigned',
  'signed',
  'in_progress',
  'replied',
  'reviewed',
  'feedback_given',
  'closed',
] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]

/** Where a routed item is handled: 镇级 · 县级 · 转为代表建议 */
export const TIERS = ['town', 'county', 'proposal'] as const
export type Tier = (typeof TIERS)[number]

/** The outcome class of an answer: A 已解决 · B 正在解决或列入计划 · C 解释说明 · D 留作参考 */
export const OUTCOMES = ['A', 'B', 'C', 'D'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** 满意 · 基本满意 · 不满意 */
export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const
export type Rating = (typeof RATINGS)[number]

/** Why an item is not taken in: 无效 · 不属于受理范围 · 重复 (merged into a primary, 并单) */
export const REJECT_REASONS = ['invalid', 'out_of_scope', 'duplicate'] as const
export type RejectReason = (typeof REJECT_REASONS)[number]

/** A unit's part in an assignment: 主办 · 协办 */
export const UNIT_LINK_ROLES = ['lead', 'co'] as const
export type UnitLinkRole = (typeof UNIT_LINK_ROLES)[number]

// ── clocks ──────────────────────────────────────────────────────────────────────────────────────────────────

/** An admin's correction of the statutory calendar: 上班 (调休) · 放假 */
export const CALENDAR_DAY_KINDS = ['workday', 'holiday'] as const
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number]

/** A day of a State Council notice: 放假 · 调休上班 */
export const NOTICE_DAY_KINDS = ['holiday', 'makeup'] as const
export type NoticeDayKind = (typeof NOTICE_DAY_KINDS)[number]

/** Time limits are set by default and per tier. */
export const TIME_LIMIT_TIERS = ['default', ...TIERS] as const
export type TimeLimitTier = (typeof TIME_LIMIT_TIERS)[number]

// ── notifications ───────────────────────────────────────────────────────────────────────────────────────────

/** 站内消息 · webhook (SMS gateway, DingTalk/浙政钉 relay) */
export const NOTIFICATION_CHANNELS = ['in_app', 'webhook'] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

/** Who a notification is for: a user, everyone of a unit, the staff of a region, a citizen, a partner system. */
export const RECIPIENT_TYPES = ['user', 'unit', 'region', 'venue', 'deputy', 'citizen', 'partner'] as const
export type RecipientType = (typeof RECIPIENT_TYPES)[number]

/** Queued → delivered (or given up) → read (in-app). */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed', 'read'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

/** A duty rule's recurrence: a day of each month, or a weekday of each week. */
export const DUTY_RULE_KINDS = ['monthly', 'weekly'] as const
export type DutyRuleKind = (typeof DUTY_RULE_KINDS)[number]

/** What happens to a duty slot falling on a day off (a weekend, a holiday). */
export const DUTY_DAY_OFF_POLICIES = ['next_workday', 'previous_workday', 'cancel'] as const
export type DutyDayOffPolicy = (typeof DUTY_DAY_OFF_POLICIES)[number]

/** A duty slot: scheduled → held (a reception took place) | cancelled. */
export const DUTY_SLOT_STATUSES = ['scheduled', 'held', 'cancelled'] as const
export type DutySlotStatus = (typeof DUTY_SLOT_STATUSES)[number]

/** A mobile round (流动巡诊): planned → underway (a stop checked in) → completed; or cancelled (and back). */
export const ROUND_STATUSES = ['planned', 'underway', 'completed', 'cancelled'] as const
export type RoundStatus = (typeof ROUND_STATUSES)[number]

/** Where a round stops: a village, a community, an enterprise. */
export const ROUND_STOP_KINDS = ['village', 'community', 'enterprise'] as const
export type RoundStopKind = (typeof ROUND_STOP_KINDS)[number]

/** A reception session: in a venue (站内坐诊) or at a round's stop (流动巡诊). */
export const RECEPTION_KINDS = ['station', 'mobile'] as const
export type ReceptionKind = (typeof RECEPTION_KINDS)[number]

/** A reception record: open while citizens are received, closed when the session ends (reopened with a reason). */
export const RECEPTION_STATUSES = ['open', 'closed'] as const
export type ReceptionStatus = (typeof RECEPTION_STATUSES)[number]

/** What became of an issue raised at a reception: sent through the loop, or answered on the spot. */
export const ISSUE_DISPOSITIONS = ['loop', 'on_spot'] as const
export type IssueDisposition = (typeof ISSUE_DISPOSITIONS)[number]

/** A deputy's record entry made by hand: 参加培训 · 提出议案建议 (at a session) · 其他履职活动. */
export const RECORD_ENTRY_KINDS = ['training', 'proposal', 'activity'] as const
export type RecordEntryKind = (typeof RECORD_ENTRY_KINDS)[number]
// ── partner systems ─────────────────────────────────────────────────────────────────────────────────────────

/** 省代表履职平台 · 12345 热线 · 一室四平台 · 其他系统 */
export const PARTNER_KINDS = ['province', 'hotline', 'platform', 'other'] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** What a partner's API key may do: hand items in, read their status, reply to an assignment (platforms). */
export const PARTNER_SCOPES = ['intake', 'status', 'platform_reply'] as const
export type PartnerScope = (typeof PARTNER_SCOPES)[number]

// ── livelihood-project supervision (领办督) ─────────────────────────────────────────────────────────────────

/** A site's state: 未开始 (red) · 进行中 (yellow) · 已完成 (blue) · 已销号 (crossed off after verification; blue). */
export const SITE_STATUSES = ['not_started', 'in_progress', 'completed', 'crossed_off'] as const
export type SiteStatus = (typeof SITE_STATUSES)[number]

/** What a monthly report may say of a site's state (crossing off is the congress staff's, after verification). */
export const REPORTED_SITE_STATUSES = ['not_started', 'in_progress', 'completed'] as const
export type ReportedSiteStatus = (typeof REPORTED_SITE_STATUSES)[number]

/** A report's finding on each of 按时 · 保质 · 保量: as it should be · needs watching · a problem. */
export const SITE_FINDINGS = ['good', 'concern', 'problem'] as const
export type SiteFinding = (typeof SITE_FINDINGS)[number]

/** A month-end reminder: the report is due (to the lead deputies), or missing (to the congress office). */
export const SITE_REMINDER_KINDS = ['due', 'missing'] as const
export type SiteReminderKind = (typeof SITE_REMINDER_KINDS)[number]

/** A published item (办理结果公开): on the public list, or withdrawn by staff (reason kept). */
export const PUBLICATION_STATUSES = ['published', 'withdrawn'] as const
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]

/** What a citizen follows (关注): a town, a category, or one published item. */
export const SUBSCRIPTION_TARGET_TYPES = ['town', 'category', 'item'] as const
export type SubscriptionTarget = (typeof SUBSCRIPTION_TARGET_TYPES)[number]

/** A subscription: pending (code sent) → active (confirmed) → ended (unsubscribed). */
export const SUBSCRIPTION_STATUSES = ['pending', 'active', 'ended'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]
// ── deputies' proposals (代表建议) ────────────────────────────────────────────────────────────────────────────

/**
 * A formal proposal (transitions: modules/proposals/workflow.ts): 草稿 · 征集联名 · 已提交 · 已立案交办 · 不予立案 ·
 * 已面商 · 已答复 · 重新办理 · 已办结 · 已撤回.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'cosigning',
  'submitted',
  'registered',
  'not_registered',
  'contacted',
  'answered',
  'rehandling',
  'closed',
  'withdrawn',
] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

/** What a proposal grew from: an item of the loop, a project site's monthly report (its problem). */
export const PROPOSAL_SOURCE_TYPES = ['suggestion', 'site_report'] as const
export type ProposalSourceType = (typeof PROPOSAL_SOURCE_TYPES)[number]

/** An invited co-signer (联名): 待回复 · 已联名 · 已谢绝 · 已撤回联名. */
export const COSIGNER_STATUSES = ['invited', 'signed', 'declined', 'withdrawn'] as const
export type CosignerStatus = (typeof COSIGNER_STATUSES)[number]

/** How the lead unit contacted the deputy before answering (面商): 面谈 · 电话 · 座谈. */
export const CONTACT_METHODS = ['in_person', 'phone', 'meeting'] as const
export type ContactMethod = (typeof CONTACT_METHODS)[number]

/**
 * Every enum stored in the database, keyed by its type's name: the type generator writes that name for a
 * column whose CHECK list equals the array (the drift test checks that every array above is listed here).
 */
export const DATABASE_ENUMS = {
  RegionLevel: REGION_LEVELS,
  VenueKind: VENUE_KINDS,
  DeputyLevel: DEPUTY_LEVELS,
  Gender: GENDERS,
  UnitKind: UNIT_KINDS,
  Role: ROLES,
  AuditResult: AUDIT_RESULTS,
  Channel: CHANNELS,
  SuggestionStatus: SUGGESTION_STATUSES,
  Tier: TIERS,
  Outcome: OUTCOMES,
  Rating: RATINGS,
  RejectReason: REJECT_REASONS,
  UnitLinkRole: UNIT_LINK_ROLES,
  CalendarDayKind: CALENDAR_DAY_KINDS,
  NoticeDayKind: NOTICE_DAY_KINDS,
  TimeLimitTier: TIME_LIMIT_TIERS,
  NotificationChannel: NOTIFICATION_CHANNELS,
  RecipientType: RECIPIENT_TYPES,
  NotificationStatus: NOTIFICATION_STATUSES,
  DutyRuleKind: DUTY_RULE_KINDS,
  DutyDayOffPolicy: DUTY_DAY_OFF_POLICIES,
  DutySlotStatus: DUTY_SLOT_STATUSES,
  RoundStatus: ROUND_STATUSES,
  RoundStopKind: ROUND_STOP_KINDS,
  ReceptionKind: RECEPTION_KINDS,
  ReceptionStatus: RECEPTION_STATUSES,
  IssueDisposition: ISSUE_DISPOSITIONS,
  RecordEntryKind: RECORD_ENTRY_KINDS,
  PartnerKind: PARTNER_KINDS,
  PartnerScope: PARTNER_SCOPES,
  SiteStatus: SITE_STATUSES,
  ReportedSiteStatus: REPORTED_SITE_STATUSES,
  SiteFinding: SITE_FINDINGS,
  SiteReminderKind: SITE_REMINDER_KINDS,
  PublicationStatus: PUBLICATION_STATUSES,
  SubscriptionTarget: SUBSCRIPTION_TARGET_TYPES,
  SubscriptionStatus: SUBSCRIPTION_STATUSES,
  ProposalStatus: PROPOSAL_STATUSES,
  ProposalSourceType: PROPOSAL_SOURCE_TYPES,
  CosignerStatus: COSIGNER_STATUSES,
  ContactMethod: CONTACT_METHODS,
} as const satisfies Record<string, readonly string[]>

export type DatabaseEnumName = keyof typeof DATABASE_ENUMS
