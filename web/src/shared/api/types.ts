import type { paths } from './schema'

// Every type here is taken from the generated OpenAPI types, by path, so it follows the server.
type Ok<R> = R extends { 200: { content: { 'application/json': infer T } } }
  ? T
  : R extends { 201: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 202: { content: { 'application/json': infer T } } }
      ? T
      : never
type Get<P extends keyof paths> = paths[P] extends { get: { responses: infer R } } ? Ok<R> : never
type Post<P extends keyof paths> = paths[P] extends { post: { responses: infer R } } ? Ok<R> : never
type Put<P extends keyof paths> = paths[P] extends { put: { responses: infer R } } ? Ok<R> : never
type Item<P extends keyof paths> = Get<P> extends { items: (infer I)[] } ? I : never

/** The query parameters of a GET endpoint. */
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never
/** The JSON body of a POST endpoint. */
export type PostBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never
/** The JSON answer of a POST endpoint. */
export type PostResult<P extends keyof paths> = Post<P>
/** The JSON body of a PUT endpoint. */
export type PutBody<P extends keyof paths> = paths[P] extends {
  put: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never
/** The JSON answer of a PUT endpoint. */
export type PutResult<P extends keyof paths> = Put<P>

export type Me = Get<'/api/auth/me'>
export type Region = Item<'/api/regions'>
export type Grid = Item<'/api/grids'>
export type Venue = Item<'/api/venues'>
export type VenueDetail = Get<'/api/venues/{id}'>
export type Deputy = Item<'/api/deputies'>
export type DeputyDetail = Get<'/api/deputies/{id}'>
export type DeputyGroup = Item<'/api/deputy-groups'>
export type Unit = Item<'/api/units'>
export type Account = Item<'/api/users'>
export type PasswordReset = Post<'/api/users/{id}/password-reset'>
export type CategoryAdmin = Item<'/api/catalog/categories'>
export type PlatformType = Item<'/api/platform-types'>
export type AuditEntry = Item<'/api/audit'>
export type TotpSetup = Post<'/api/auth/totp/setup'>
export type ImportResult = Post<'/api/import/deputies'>
export type ImportChange = NonNullable<ImportResult['changes']>[number]
export type PublicRegion = Item<'/api/public/regions'>
export type PublicVenue = Item<'/api/public/venues'>
export type PublicVenueDetail = Get<'/api/public/venues/{id}'>
export type PublicDeputy = Item<'/api/public/deputies'>
export type PublicDeputyDetail = Get<'/api/public/deputies/{id}'>
export type Category = Item<'/api/categories'>
export type Upload = Post<'/api/public/uploads'>
export type SubmitResult = Post<'/api/public/suggestions'>
export type Tracking = Get<'/api/public/suggestions/{trackingCode}'>
export type RecoveryCodeRequested = Post<'/api/public/recovery/codes'>
export type RecoveredItem = Post<'/api/public/recovery/verify'>['items'][number]
export type SuggestionListItem = Item<'/api/suggestions'>
export type SuggestionDetail = Get<'/api/suggestions/{id}'>
export type Notification = Item<'/api/notifications'>
export type CalendarDay = Item<'/api/calendar'>
export type CalendarYear = Get<'/api/calendar/years/{year}'>
export type NoticeBody = PutBody<'/api/calendar/notices/{year}'>
export type OfficeHours = Get<'/api/settings/office-hours'>
export type TimeLimit = Item<'/api/time-limits'>
export type DeputyRecord = Get<'/api/deputies/{id}/record'>
export type DeputyRecordRow = Item<'/api/deputy-records'>
export type RecordIndicators = DeputyRecord['indicators']
export type RecordEntry = DeputyRecord['entries'][number]
export type RecordEntryBody = PostBody<'/api/deputies/{id}/record/entries'>
export type Partner = Item<'/api/partners'>
export type PartnerKey = Partner['keys'][number]
export type IssuedPartnerKey = Post<'/api/partners'>

// The enums of the API, one name each (labels.ts gives every member a bilingual label).
export type SuggestionStatus = SuggestionListItem['status']
export type Channel = SuggestionListItem['channel']
/** The channels staff record on a citizen's behalf (online is the citizen's own). */
export type StaffChannel = PostBody<'/api/suggestions'>['channel']
export type Tier = NonNullable<SuggestionListItem['tier']>
export type Outcome = NonNullable<SuggestionDetail['outcome']>
export type Rating = NonNullable<Tracking['rating']>
export type RejectReason = PostBody<'/api/suggestions/{id}/reject'>['reason']
/** The actions of the closed loop that the detail's `allowedActions` may offer. */
export type SuggestionAction = SuggestionDetail['allowedActions'][number]
export type Role = Item<'/api/users'>['roles'][number]['role']
export type Capability = Me['capabilities'][number]
export type VenueKind = Venue['kind']
export type DeputyLevel = Deputy['memberships'][number]['level']
export type Gender = Deputy['gender']
export type RegionLevel = Region['level']
export type UnitKind = Unit['kind']
export type CalendarDayKind = CalendarDay['kind']
export type CalendarDaySource = CalendarDay['source']
export type RecordEntryKind = RecordEntry['kind']
export type CalendarYearStatus = CalendarYear['status']
export type NoticeDayKind = NoticeBody['days'][number]['kind']
export type OverrideKind = PutBody<'/api/calendar/overrides/{day}'>['kind']
export type TimeLimitTier = TimeLimit['tier']
export type PartnerKind = Partner['kind']
export type PartnerScope = PartnerKey['scopes'][number]
export type Workspace = Get<'/api/workspace'>
export type WorkspaceStep = Workspace['steps'][number]['step']
export type PublicDutySchedule = Get<'/api/public/duty-schedule'>
export type PublicDutySlot = PublicDutySchedule['slots'][number]
export type DutySchedule = Get<'/api/duty/slots'>
export type DutySlot = DutySchedule['slots'][number]
export type DutyRule = Get<'/api/duty/rules'>['rules'][number]
export type DutyRuleBody = PostBody<'/api/duty/rules'>
export type Round = Get<'/api/rounds/{id}'>
export type RoundStop = Round['stops'][number]
export type RoundBody = PostBody<'/api/rounds'>
export type RoundStatus = Round['status']
export type PublicRound = Get<'/api/public/rounds'>['rounds'][number]
export type Reception = Get<'/api/receptions/{id}'>
export type ReceptionSummary = Get<'/api/receptions'>['receptions'][number]
export type Project = Get<'/api/projects'>['items'][number]
export type SiteSummary = Item<'/api/projects/sites'>
export type Site = Get<'/api/projects/sites/{id}'>
export type SiteReport = Site['reports'][number]
export type SiteStatus = Site['status']
export type SiteColour = Site['colour']
export type ReportedSiteStatus = SiteReport['status']
export type SiteFinding = SiteReport['onTime']['finding']

// Published answers (办理结果公开).
export type PublicationReview = Get<'/api/suggestions/{id}/publication'>
export type PublicationState = NonNullable<PublicationReview['publication']>
export type PublicationStatus = PublicationState['status']
export type ScrubSpan = PublicationReview['draft']['question']['spans'][number]
export type ScrubKind = ScrubSpan['kind']
export type PublishBody = PutBody<'/api/suggestions/{id}/publication'>
export type PublicAnswerItem = Item<'/api/public/answers'>
export type PublicAnswer = Get<'/api/public/answers/{id}'>
export type AnswerStage = PublicAnswerItem['stage']
export type ProposalSummary = Item<'/api/proposals'>
export type Proposal = Get<'/api/proposals/{id}'>
export type ProposalStatus = Proposal['status']
export type ProposalAbility = Proposal['allowedActions'][number]
export type ProposalAction = Exclude<ProposalAbility, 'edit'>
export type CosignerStatus = Proposal['cosigners'][number]['status']
export type ContactMethod = NonNullable<Proposal['contact']>['method']
