import { useState } from 'react'
import { Link } from 'react-router'
import type { PublicVenueDetail } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, labelOf } from '../../shared/labels'
import './deputies.css'

const FIRST_DEPUTIES = 12

/** The deputies of a venue as small tiles: the first twelve, then all of them on request. */
export function DeputyTiles({ deputies }: { deputies: PublicVenueDetail['deputies'] }) {
  const { t, lang } = useLang()
  const [showAll, setShowAll] = useState(false)
  return (
    <>
      <ul className="lx-people-grid">
        {(showAll ? deputies : deputies.slice(0, FIRST_DEPUTIES)).map((d) => (
          <li key={d.id}>
            <Link to={`/deputies/${d.id}`} className="lx-person-tile">
              <span className="lx-avatar lx-avatar-small" aria-hidden="true">
                {d.name.slice(0, 1)}
              </span>
              <span className="lx-person-body">
                <strong>{d.name}</strong>
                <small>
                  {[...new Set(d.levels.map((l) => labelOf(deputyLevelLabels, l.level, lang)))].join(' · ')}
                </small>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {!showAll && deputies.length > FIRST_DEPUTIES && (
        <button type="button" className="lx-more" onClick={() => setShowAll(true)}>
          {t(`查看全部 ${deputies.length} 位代表`, `Show all ${deputies.length} deputies`)}
        </button>
      )}
    </>
  )
}
