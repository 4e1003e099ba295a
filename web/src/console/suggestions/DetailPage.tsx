import { Button, Result, Spin } from 'antd'
import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import type { SuggestionAction } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { offeredSpec } from './actions'
import { ActionBar } from './detail/ActionBar'
import { ActionDialog } from './detail/ActionDialog'
import { DetailHeader } from './detail/DetailHeader'
import { DetailsCard } from './detail/DetailsCard'
import { DuplicatesCard } from './detail/DuplicatesCard'
import { ProposalButton } from './detail/ProposalButton'
import { PublicationPanel } from './detail/PublicationPanel'
import { SummaryCards } from './detail/SummaryCards'
import { SupportCount } from './detail/SupportCount'
import { TimeLimitsCard } from './detail/TimeLimitsCard'
import { TimelineCard } from './detail/TimelineCard'
import { type ActionValues, useSuggestion } from './queries'

/** One item: what was said and done on the left; actions, details, time limits and duplicates on the right. */
export function DetailPage() {
  const { id } = useParams()
  const { t } = useLang()
  const navigate = useNavigate()
  const detail = useSuggestion(id)
  const [acting, setActing] = useState<{ action: SuggestionAction; preset?: ActionValues } | null>(null)

  if (detail.isPending) return <Spin style={{ display: 'block', margin: '64px auto' }} />
  if (detail.isError) {
    const notFound = detail.error instanceof ApiProblem && detail.error.status === 404
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('找不到这条意见建议', 'Item not found') : t('加载失败', 'Could not load')}
        subTitle={
          detail.error instanceof ApiProblem
            ? t(detail.error.problem.message)
            : t('请稍后重试', 'Please try again later')
        }
        extra={<Button onClick={() => navigate('/suggestions')}>{t('返回队列', 'Back to the queue')}</Button>}
      />
    )
  }
  const d = detail.data
  const spec = acting && offeredSpec(acting.action)

  return (
    <div className="lx-detail-page">
      <DetailHeader detail={d} refreshing={detail.isFetching} onRefresh={() => void detail.refetch()} />
      <div className="lx-detail-grid">
        <div>
          <SummaryCards detail={d} />
          <TimelineCard timeline={d.timeline} />
        </div>
        <div>
          <ActionBar detail={d} onAct={(action) => setActing({ action })} />
          <SupportCount id={d.id} />
          <ProposalButton detail={d} />
          <DetailsCard detail={d} />
          <TimeLimitsCard detail={d} />
          <PublicationPanel id={d.id} />
          <DuplicatesCard
            detail={d}
            onMergeInto={(primaryId) => setActing({ action: 'merge', preset: { primaryId } })}
          />
        </div>
      </div>
      {spec && (
        <ActionDialog detail={d} spec={spec} preset={acting?.preset} onClose={() => setActing(null)} />
      )}
    </div>
  )
}
