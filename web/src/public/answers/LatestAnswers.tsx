import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'
import { LoadError, Loading, Section } from '../components/common'
import { AnswerCard } from './AnswerCard'
import { useLatestAnswers } from './queries'
import '../venues/venues.css'
import './answers.css'

/** The home page's 最新答复: the three latest published answers and the way to all of them. */
export function LatestAnswers() {
  const { t } = useLang()
  const latest = useLatestAnswers(3)
  return (
    <Section title={t('最新答复', 'Latest answers')} id="answers">
      {latest.isPending ? (
        <Loading />
      ) : latest.isError ? (
        <LoadError error={latest.error} onRetry={() => latest.refetch()} />
      ) : latest.data.items.length === 0 ? (
        <p className="lx-empty">{t('暂无公开答复。', 'No published answers yet.')}</p>
      ) : (
        <ul className="lx-cards" data-testid="latest-answers">
          {latest.data.items.map((item) => (
            <li key={item.id}>
              <AnswerCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <Link to="/answers" className="lx-button lx-button-primary lx-block lx-gap-top">
        {t('查看全部办理公开', 'All published answers')}
      </Link>
    </Section>
  )
}
