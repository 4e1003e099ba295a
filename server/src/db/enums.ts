/** The enums stored in the database, each declared once (the migrations' CHECK lists must equal these). */
export const CHANNELS = ['online', 'station', 'mobile', 'grid', 'mediation'] as const
export const TIERS = ['town', 'county', 'proposal'] as const
export const OUTCOMES = ['A', 'B', 'C', 'D'] as const
export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const
export const REJECT_REASONS = ['invalid', 'out_of_scope', 'duplicate'] as const
