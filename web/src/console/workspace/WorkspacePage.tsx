import { EditOutlined, InboxOutlined, RightOutlined, SolutionOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import { unwrap } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { labelOf, roleLabels } from '../../shared/labels'
import { countyDateTime } from '../../shared/time'
import { can, useApi, useMe } from '../auth'
import { ListError, PageHead } from '../components/list'
import { DueText, StatusTag } from '../suggestions/common'
import { suggestionKeys } from '../suggestions/queries'
import { DutyCard } from './DutyCard'
import { Figures } from './Figures'
import { RoundsCard } from './RoundsCard'
import { queueLinkOf, STEP_LABELS } from './steps'

/** GET /api/workspace, refreshed with the queues (an action on an item changes what waits). */
function useWorkspace() {
  const api = useApi()
  return useQuery({
    queryKey: suggestionKeys.list({ workspace: true }),
    staleTime: 0,
    queryFn: () => unwrap(api.GET('/api/workspace')),
  })
}

/** 我的工作台: the console's landing for every role — what waits on me, by step and clock, and my figures. */
export function WorkspacePage() {
  const { t, lang } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const workspace = useWorkspace()
  const w = workspace.data
  const roles = [...new Set(me.roles.map((r) => labelOf(roleLabels, r.role, lang)))].join(' · ')

  return (
    <div className="lx-workspace" data-testid="workspace">
      <PageHead
        title={t('我的工作台', 'My workspace')}
        extra={
          <Space wrap>
            {can(me, 'suggestions.intake') && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate('/suggestions/new')}>
                {t('录入意见', 'Record an opinion')}
              </Button>
            )}
            <Button icon={<InboxOutlined />} onClick={() => navigate('/suggestions')}>
              {t('办理队列', 'Queue')}
            </Button>
            {me.deputyId && can(me, 'records.read') && (
              <Button
                icon={<SolutionOutlined />}
                onClick={() => navigate('/records')}
                data-testid="my-record"
              >
                {t('我的履职档案', 'My record')}
              </Button>
            )}
          </Space>
        }
      />
      <Typography.Paragraph type="secondary" className="lx-gap">
        {t(`${me.displayName}，${roles}`, `${me.displayName}, ${roles}`)}
      </Typography.Paragraph>
      <ListError error={workspace.error} />
      {w && <Figures workspace={w} />}
      {w && (me.deputyId !== null || me.roles.some((r) => r.role === 'station_staff')) && (
        <DutyCard duty={w.duty} own={me.deputyId !== null} />
      )}
      {me.deputyId !== null && can(me, 'directory.browse') && <RoundsCard />}
      <Card
        size="small"
        className="lx-gap"
        loading={workspace.isPending}
        title={t(`等我处理（${w?.waitingTotal ?? 0}）`, `Waiting on me (${w?.waitingTotal ?? 0})`)}
        data-testid="waiting"
      >
        {w && w.steps.length > 0 && (
          <div className="lx-steps">
            {w.steps.map((s) => (
              <Link key={s.step} to={queueLinkOf(s.step)} className="lx-step" data-testid={`step-${s.step}`}>
                <span className="lx-step-count">{s.count}</span>
                <span className="lx-step-name">{t(STEP_LABELS[s.step])}</span>
                {s.overdue > 0 && (
                  <span className="lx-overdue lx-step-overdue">
                    {t(`${s.overdue} 件超期`, `${s.overdue} overdue`)}
                  </span>
                )}
              </Link>
            ))}
          </div>
        )}
        {w && w.waiting.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('目前没有等您处理的事项。', 'Nothing is waiting on you right now.')}
          />
        ) : (
          <List
            dataSource={w?.waiting ?? []}
            renderItem={(item) => (
              <List.Item
                className="lx-card-item"
                onClick={() => navigate(`/suggestions/${item.id}`)}
                data-testid="waiting-item"
                extra={<RightOutlined className="lx-card-chevron" />}
              >
                <div className="lx-card-body">
                  <div className="lx-card-line">
                    <Link to={`/suggestions/${item.id}`} className="lx-mono">
                      {item.trackingCode}
                    </Link>
                    <Tag color={item.overdue ? 'red' : 'default'}>{t(STEP_LABELS[item.step])}</Tag>
                    {item.step !== 'accept' && <StatusTag status={item.status} />}
                  </div>
                  <div className="lx-card-text">{item.content}</div>
                  <div className="lx-card-meta">
                    <span>
                      {t(
                        `收到 ${countyDateTime(item.receivedAt)}`,
                        `Received ${countyDateTime(item.receivedAt)}`,
                      )}
                    </span>
                    <DueText dueAt={item.dueAt} overdue={item.overdue} />
                  </div>
                </div>
              </List.Item>
            )}
          />
        )}
        {w && w.waitingTotal > w.waiting.length && (
          <Button type="link" onClick={() => navigate('/suggestions')}>
            {t(`在队列中查看全部 ${w.waitingTotal} 件`, `See all ${w.waitingTotal} in the queue`)}
          </Button>
        )}
      </Card>
    </div>
  )
}
