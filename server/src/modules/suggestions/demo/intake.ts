import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from '../../../demo/names.ts'
import { maskName, maskPhone } from '../../../platform/crypto.ts'
import { searchText } from '../../../platform/text.ts'
import { hashToken } from '../codes.ts'
import type { SuggestionRow } from '../repo/items.ts'
import { submitter } from './actors.ts'
import type { Plan } from './plan.ts'
import type { DemoItem } from './ports.ts'
import type { Generation } from './setup.ts'

// biome-ignore format: a data table reads better compact
const MOBILE_PREFIXES = ['133', '135', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '181', '187', '188', '189', '199']

/** Citizens who agree to publication (办理结果公开): about three in ten of those who came themselves. */
const CONSENTING_CHANNELS: readonly string[] = ['online', 'station', 'mobile']

/**
 * A share of the item drawn from its id, not from the stream: the consent and the contact written into the text
 * are added without moving any other draw of the demo.
 */
const shareOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(-6), 16) % 100

/**
 * What a consenting citizen wrote: some who left the contact fields empty write their number into the text
 * instead, some sign with their name, as people do — so that the review before publication (the scrubber) has
 * something to find. The number is made from the item's id: a contact phone is never stored in clear.
 */
function withContact(content: string, id: string, share: number, hasPhone: boolean, name: string | null) {
  if (share % 4 === 0 && !hasPhone) {
    const digits = String(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).slice(-8)
    return `${content}我的电话${MOBILE_PREFIXES[share % MOBILE_PREFIXES.length]}${digits.padStart(8, '0')}。`
  }
  if (share % 4 === 1 && name) return `我叫${name}，${content}`
  return content
}

/**
 * The item as intake (modules/suggestions/intake.ts) writes it: the row in state submitted, with the contact
 * encrypted, hashed and masked, the clock start and the same-day limit, and its submit event.
 */
export function intake(g: Generation, p: Plan): DemoItem {
  const { rng, cal } = g
  const { countyCode } = g.world
  const received = p.receivedAt
  const phone = rng.chance(0.7) ? `${rng.pick(MOBILE_PREFIXES)}${rng.digits(8)}` : null
  const name = rng.chance(0.35)
    ? `${rng.weighted(SURNAMES)}${rng.pick(rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE)}${rng.chance(0.6) ? rng.pick(GIVEN_MALE) : ''}`
    : null
  const actor = submitter(g, p)
  const near = (x: number) => Math.round((x + rng.float(-0.006, 0.006)) * 1e6) / 1e6
  const hasPoint = p.channel === 'online' ? rng.chance(0.45) : p.channel === 'grid'
  const token = `${rng.nextUint32().toString(36)}${rng.nextUint32().toString(36)}${rng.nextUint32().toString(36)}`
  const { cipher } = g.ctx
  const share = shareOf(p.id)
  const consenting = CONSENTING_CHANNELS.includes(p.channel) && share < 30
  const content = consenting ? withContact(p.content, p.id, share, phone !== null, name) : p.content
  const item: SuggestionRow = {
    id: p.id,
    tracking_code: p.trackingCode,
    access_token_hash: hashToken(token),
    channel: p.channel,
    partner_id: null,
    partner_reference: null,
    partner_request_hash: null,
    status: 'submitted',
    tier: null,
    content,
    search_text: searchText(content),
    category_code: p.category,
    venue_id: p.venue?.id ?? null,
    deputy_id: p.deputyId,
    region_code: p.village.code,
    town_code: p.town.code,
    lat: hasPoint ? near(p.village.lat) : null,
    lng: hasPoint ? near(p.village.lng) : null,
    contact_name_enc: name ? cipher.encrypt(name) : null,
    contact_name_masked: name ? maskName(name) : null,
    contact_phone_enc: phone ? cipher.encrypt(phone) : null,
    contact_phone_hash: phone ? cipher.lookupHash(phone) : null,
    contact_phone_masked: phone ? maskPhone(phone) : null,
    consent_at: received,
    publish_consent: consenting,
    created_by: actor.id,
    received_at: received,
    clock_start_at: cal.clockStart(received),
    same_day_due_at: cal.sameDayDeadline(received),
    accepted_at: null,
    routed_at: null,
    acknowledged_at: null,
    assigned_at: null,
    signed_at: null,
    replied_at: null,
    reviewed_at: null,
    feedback_at: null,
    closed_at: null,
    due_at: null,
    extension_requested_days: null,
    extension_reason: null,
    lead_unit_id: null,
    answer: null,
    unit_answer: null,
    outcome: null,
    rating: null,
    rating_comment: null,
    reject_reason: null,
    merged_into_id: null,
    reopen_count: 0,
    urge_count: 0,
    escalated_at: null,
    overdue_reminded_at: null,
    county_code: countyCode,
    created_at: received,
    updated_at: received,
    version: 1,
  }
  return g.items.add(item, {
    suggestion_id: p.id,
    at: received,
    action: 'submit',
    from_status: null,
    to_status: 'submitted',
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: actor.role,
    public: true,
    note: null,
    detail: { channel: p.channel },
    county_code: countyCode,
  })
}
