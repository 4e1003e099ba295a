/**
 * Who may manage partner systems and their keys: the county's administrators (`partners.admin`), for their own
 * county. Partner systems themselves are gated by their keys' scopes (`partner:<scope>`, platform/gate.ts); what a
 * key may touch is its partner's own items (by reference) and, for a platform, the items assigned to its unit.
 */
export const partnersAdmin = { reach: 'partners.admin' } as const
export const partnerIntake = { reach: 'partner:intake' } as const
export const partnerStatus = { reach: 'partner:status' } as const
export const platformReply = { reach: 'partner:platform_reply' } as const
