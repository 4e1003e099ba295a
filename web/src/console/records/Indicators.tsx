import type { RecordIndicators } from '../../shared/api/types'
import { type Bilingual, useLang } from '../../shared/i18n'

interface Figure {
  key: string
  label: Bilingual
  value: number | null
  unit?: Bilingual
  /** A smaller line under the figure: what it is made of. */
  detail?: string
}

/**
 * The indicators of a record in four groups (docs/domain.md "Deputies' records"). An indicator whose module is
 * not built yet shows 尚未启用 (not enabled), never a zero.
 */
export function Indicators({ indicators: x }: { indicators: RecordIndicators }) {
  const { t } = useLang()
  const groups: { title: Bilingual; figures: Figure[] }[] = [
    {
      title: { zh: '联系群众', en: 'Meeting citizens' },
      figures: [
        { key: 'dutySlotsHeld', label: { zh: '排班接待', en: 'Duty slots held' }, value: x.dutySlotsHeld },
        {
          key: 'receptionsAttended',
          label: { zh: '参加接待', en: 'Receptions' },
          value: x.receptionsAttended,
        },
        {
          key: 'peopleReceived',
          label: { zh: '接待群众', en: 'People received' },
          value: x.peopleReceived,
          unit: { zh: '人次', en: 'person-times' },
        },
        { key: 'roundsCompleted', label: { zh: '流动巡诊', en: 'Mobile rounds' }, value: x.roundsCompleted },
      ],
    },
    {
      title: { zh: '领办意见建议', en: 'Suggestions' },
      figures: [
        {
          key: 'suggestionsReceived',
          label: { zh: '领办', en: 'Received' },
          value: x.suggestionsReceived,
          unit: { zh: '件', en: '' },
        },
        { key: 'suggestionsClosed', label: { zh: '已办结', en: 'Closed' }, value: x.suggestionsClosed },
        { key: 'suggestionsResolved', label: { zh: '已解决', en: 'Resolved' }, value: x.suggestionsResolved },
        {
          key: 'suggestionsSatisfied',
          label: { zh: '满意', en: 'Satisfied' },
          value: x.suggestionsSatisfied,
          detail: t(`已评价 ${x.suggestionsRated} 件`, `of ${x.suggestionsRated} rated`),
        },
      ],
    },
    {
      title: { zh: '监督活动', en: 'Supervision' },
      figures: [
        {
          key: 'groupActivities',
          label: { zh: '小组活动', en: 'Group activities' },
          value: x.groupActivities,
        },
        { key: 'siteReports', label: { zh: '点位督查报告', en: 'Site reports' }, value: x.siteReports },
      ],
    },
    {
      title: { zh: '代表建议', en: 'Proposals' },
      figures: [
        { key: 'proposalsLed', label: { zh: '领衔提出', en: 'Led' }, value: x.proposalsLed },
        { key: 'proposalsCosigned', label: { zh: '联名', en: 'Co-signed' }, value: x.proposalsCosigned },
        {
          key: 'proposalsSatisfied',
          label: { zh: '答复满意', en: 'Satisfied' },
          value: x.proposalsSatisfied,
          detail: t(`已评价 ${x.proposalsRated} 件`, `of ${x.proposalsRated} rated`),
        },
      ],
    },
    {
      title: { zh: '培训、议案与其他', en: 'Training, proposals, other' },
      figures: [
        {
          key: 'trainings',
          label: { zh: '参加培训', en: 'Trainings' },
          value: x.trainings,
          unit: { zh: '次', en: '' },
          detail: t(`${x.trainingHours} 学时`, `${x.trainingHours} hours`),
        },
        {
          key: 'proposals',
          label: { zh: '会议期间议案建议', en: 'Proposals at sessions' },
          value: x.proposals,
        },
        { key: 'activities', label: { zh: '其他履职活动', en: 'Other activities' }, value: x.activities },
      ],
    },
  ]
  return (
    <div className="lx-record-groups">
      {groups.map((g) => (
        <section key={g.title.en} className="lx-record-group">
          <h2>{t(g.title)}</h2>
          <div className="lx-record-figures">
            {g.figures.map((f) => (
              <div key={f.key} className="lx-record-figure" data-testid={`indicator-${f.key}`}>
                <span className="lx-record-label">{t(f.label)}</span>
                {f.value === null ? (
                  <span className="lx-record-off">{t('尚未启用', 'Not enabled')}</span>
                ) : (
                  <span className="lx-record-value">
                    {f.value}
                    {f.unit && t(f.unit) && <small> {t(f.unit)}</small>}
                  </span>
                )}
                {f.detail && <span className="lx-record-detail">{f.detail}</span>}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}
