import { Progress } from 'antd'
import type { SiteColour, SiteStatus } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { colourHex, colourLabels, colourOf, siteStatusLabels } from './labels'
import './projects.css'

/** A site's state as a chip in its map colour: 进行中 · 黄. */
export function StatusChip({ status }: { status: SiteStatus }) {
  const { t } = useLang()
  const colour = colourOf(status)
  return (
    <span className={`lx-site-chip lx-site-chip-${colour}`} data-testid="site-status">
      {t(siteStatusLabels[status])}
      <span className="lx-site-chip-colour">· {t(colourLabels[colour])}</span>
    </span>
  )
}

/** Counts of sites by colour: red, yellow, blue (of which crossed off). */
export function ColourCounts({
  notStarted,
  inProgress,
  completed,
  crossedOff,
}: {
  notStarted: number
  inProgress: number
  completed: number
  crossedOff: number
}) {
  const { t } = useLang()
  const dot = (colour: SiteColour, n: number, label: string) => (
    <span className="lx-colour-count" title={label}>
      <i style={{ background: colourHex[colour] }} />
      {label} <b>{n}</b>
    </span>
  )
  return (
    <span className="lx-colour-counts">
      {dot('red', notStarted, t('未开始', 'Not started'))}
      {dot('yellow', inProgress, t('进行中', 'In progress'))}
      {dot('blue', completed, t('已完成', 'Completed'))}
      <span className="lx-cell-sub">{t(`其中已销号 ${crossedOff}`, `${crossedOff} crossed off`)}</span>
    </span>
  )
}

/** A progress bar in the state's colour. */
export function SiteProgress({ status, progress }: { status: SiteStatus; progress: number }) {
  return (
    <Progress
      percent={progress}
      size="small"
      strokeColor={colourHex[colourOf(status)]}
      status="normal"
      className="lx-site-progress"
    />
  )
}
