import type { VenueKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, venueKindLabels } from '../../shared/labels'
import './venues.css'

/** The kind of a venue (联络站, 联络点…) as a coloured tag. */
export function KindTag({ kind }: { kind: VenueKind }) {
  const { lang } = useLang()
  return <span className={`lx-tag lx-tag-${kind}`}>{label(venueKindLabels, kind, lang)}</span>
}
