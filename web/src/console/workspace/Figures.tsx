import { Card, Statistic } from 'antd'
import type { Workspace } from '../../shared/api/types'
import { type Bilingual, useLang } from '../../shared/i18n'

interface Figure {
  key: string
  title: Bilingual
  value: number | string
  alert?: boolean
}

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—')

/** The figures of the user's roles: a deputy's own, a venue's today, a unit's tasks, a manager's open items. */
function figuresOf(w: Workspace): Figure[] {
  const figures: Figure[] = []
  if (w.deputy) {
    const d = w.deputy
    figures.push(
      { key: 'd-received', title: { zh: '收到意见', en: 'Received' }, value: d.received },
      { key: 'd-open', title: { zh: '办理中', en: 'Open' }, value: d.open },
      { key: 'd-followed', title: { zh: '我跟进过', en: 'Followed up' }, value: d.followed },
      { key: 'd-resolved', title: { zh: '已答复', en: 'Answered' }, value: d.resolved },
      {
        key: 'd-satisfaction',
        title: { zh: `满意率（${d.rated} 条评价）`, en: `Satisfaction (${d.rated} rated)` },
        value: percent(d.satisfied, d.rated),
      },
    )
  }
  if (w.venue) {
    figures.push(
      { key: 'v-today', title: { zh: '今日收到', en: 'Received today' }, value: w.venue.receivedToday },
      { key: 'v-open', title: { zh: '本阵地在办', en: 'Open at my venue' }, value: w.venue.open },
    )
  }
  if (w.unit) {
    const u = w.unit
    figures.push(
      { key: 'u-open', title: { zh: '在办任务', en: 'Tasks in hand' }, value: u.open },
      {
        key: 'u-soon',
        title: { zh: '三天内到期', en: 'Due within 3 days' },
        value: u.dueSoon,
        alert: u.dueSoon > 0,
      },
      { key: 'u-ext', title: { zh: '延期申请中', en: 'Extensions asked' }, value: u.extensionsAsked },
      { key: 'u-returns', title: { zh: '退单', en: 'Returned' }, value: u.returns },
      {
        key: 'u-ontime',
        title: { zh: `按期答复率（${u.replied} 件）`, en: `On time (${u.replied} replies)` },
        value: percent(u.onTime, u.replied),
      },
    )
  }
  if (w.manager) {
    const m = w.manager
    figures.push(
      { key: 'm-open', title: { zh: '我管理的在办事项', en: 'Open items I manage' }, value: m.open },
      { key: 'm-overdue', title: { zh: '超期', en: 'Overdue' }, value: m.overdue, alert: m.overdue > 0 },
      {
        key: 'm-escalated',
        title: { zh: '督办中', en: 'Escalated' },
        value: m.escalated,
        alert: m.escalated > 0,
      },
    )
  }
  return figures
}

export function Figures({ workspace }: { workspace: Workspace }) {
  const { t } = useLang()
  const figures = figuresOf(workspace)
  if (!figures.length) return null
  return (
    <div className="lx-figures" data-testid="workspace-figures">
      {figures.map((f) => (
        <Card key={f.key} size="small" data-testid={`figure-${f.key}`}>
          <Statistic
            title={t(f.title)}
            value={f.value}
            styles={{ content: f.alert ? { color: '#cf1322' } : undefined }}
          />
        </Card>
      ))}
    </div>
  )
}
