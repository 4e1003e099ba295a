import { useState } from 'react'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { useOpenness } from './queries'

/** The year's figures of openness, above the list: answers published, supports, deputies' proposals. */
export function OpennessFigures() {
  const { t } = useLang()
  const thisYear = Number(countyDay().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const figures = useOpenness(year)
  const f = figures.data
  const rate = f?.proposals.satisfactionRate
  return (
    <section className="lx-openness" aria-label={t('公开数据', 'Figures')} data-testid="openness-figures">
      <div className="lx-openness-head">
        <h2>{t('公开数据', 'Figures')}</h2>
        <select aria-label={t('年度', 'Year')} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {t(`${y} 年`, String(y))}
            </option>
          ))}
        </select>
      </div>
      {f && (
        <dl className="lx-openness-figures">
          <div>
            <dt>{t('公开答复', 'Answers published')}</dt>
            <dd data-figure="published">{f.publishedAnswers.total}</dd>
          </div>
          <div>
            <dt>{t('群众附议', 'Supports')}</dt>
            <dd data-figure="supports">{f.supports.total}</dd>
          </div>
          <div>
            <dt>{t('代表建议', 'Deputies’ proposals')}</dt>
            <dd data-figure="proposals">{f.proposals.total}</dd>
          </div>
          <div>
            <dt>{t('代表满意率', 'Deputies satisfied')}</dt>
            <dd data-figure="satisfaction">
              {rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`}
            </dd>
          </div>
        </dl>
      )}
    </section>
  )
}
