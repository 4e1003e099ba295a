import { Alert, Button, Card, Descriptions, Empty, Spin, Tag, Timeline } from 'antd'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { Proposal, ProposalAction } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import {
  contactMethodLabels,
  cosignerStatusLabels,
  proposalActionLabels,
  proposalOutcomeLabels,
  ratingLabels,
} from '../../shared/labels'
import { countyDateTime } from '../../shared/time'
import { ListError, PageHead } from '../components/list'
import { ActionModal } from './ActionModal'
import { useProposal } from './queries'
import { ProposalStatusTag } from './Status'
import './proposals.css'

/** The order the buttons are offered in; the server says which of them the caller may take now. */
const ORDER: ProposalAction[] = [
  'cosign',
  'decline',
  'invite',
  'submit',
  'register',
  'not_register',
  'contact',
  'answer',
  'rate',
  'unsign',
  'withdraw',
]
const DANGER: readonly ProposalAction[] = ['withdraw', 'not_register', 'decline', 'unsign']

/**
 * One proposal: its state, text and sources, the co-signers, the units and due date, the contact, the answer and
 * its rating, the history; the actions the caller may take now (the server's allowedActions), and 修改 while a
 * draft.
 */
export function ProposalPage() {
  const { id } = useParams<{ id: string }>()
  const { t } = useLang()
  const navigate = useNavigate()
  const proposal = useProposal(id)
  const [dialog, setDialog] = useState<ProposalAction | null>(null)
  if (proposal.isPending) return <Spin className="lx-gap" />
  const p = proposal.data
  if (!p) return proposal.error ? <ListError error={proposal.error} /> : <Empty />
  const actions = ORDER.filter((a) => p.allowedActions.includes(a))
  const primary = actions.find((a) => !DANGER.includes(a))
  return (
    <div className="lx-proposal-page" data-testid="proposal-page">
      <PageHead title={p.title} />
      <div className="lx-proposal-actions">
        <ProposalStatusTag status={p.status} />
        {p.number && <Tag>{t(`${p.year} 年第 ${p.number} 号`, `No. ${p.number} of ${p.year}`)}</Tag>}
        {p.dueOn && <Tag color="orange">{t(`办理期限 ${p.dueOn}`, `Due ${p.dueOn}`)}</Tag>}
      </div>
      <Next p={p} />
      {(actions.length > 0 || p.allowedActions.includes('edit')) && (
        <div className="lx-proposal-actions" data-testid="proposal-actions">
          {actions.map((a) => (
            <Button
              key={a}
              type={a === primary ? 'primary' : 'default'}
              danger={DANGER.includes(a)}
              onClick={() => setDialog(a)}
              data-testid={`action-${a}`}
            >
              {t(proposalActionLabels[a])}
            </Button>
          ))}
          {p.allowedActions.includes('edit') && (
            <Button onClick={() => navigate(`/proposals/${p.id}/edit`)} data-testid="edit-proposal">
              {t('修改', 'Edit')}
            </Button>
          )}
        </div>
      )}
      <div className="lx-proposal-grid">
        <div className="lx-proposal-page">
          <Card size="small" title={t('建议内容', 'The proposal')}>
            <h3>{t('案由', 'Case')}</h3>
            <p className="lx-proposal-text">{p.reason}</p>
            <h3>{t('建议措施', 'Suggested measures')}</h3>
            <p className="lx-proposal-text">{p.measures}</p>
            {p.category && (
              <p className="lx-cell-sub">
                {t('分类：', 'Category: ')}
                {p.category.name}
              </p>
            )}
          </Card>
          <Card size="small" title={t('依据的群众意见', 'Items it takes up')}>
            <ul className="lx-proposal-sources" data-testid="proposal-sources">
              {p.sources.map((s) => (
                <li key={s.id}>
                  {s.type === 'suggestion' ? <Link to={`/suggestions/${s.id}`}>{s.label}</Link> : s.label}{' '}
                  <span className="lx-cell-sub">{s.text.slice(0, 80)}</span>
                </li>
              ))}
            </ul>
          </Card>
          {p.answer && (
            <Card size="small" title={t('答复', 'The answer')} data-testid="proposal-answer">
              <p className="lx-proposal-text">{p.answer}</p>
              <span className="lx-proposal-chips">
                {p.outcome && <Tag color="blue">{t(proposalOutcomeLabels[p.outcome])}</Tag>}
                {p.answeredAt && <span className="lx-cell-sub">{countyDateTime(p.answeredAt)}</span>}
              </span>
              {p.rating && (
                <p>
                  {t('代表评价：', 'Rating: ')}
                  <Tag color={p.rating === 'dissatisfied' ? 'red' : 'green'}>{t(ratingLabels[p.rating])}</Tag>
                  {p.rehandled &&
                    p.firstRating &&
                    p.status === 'closed' &&
                    t(
                      `（首次评价${ratingLabels[p.firstRating].zh}，已重新办理）`,
                      ` (first rated ${ratingLabels[p.firstRating].en.toLowerCase()}, handled again)`,
                    )}
                </p>
              )}
            </Card>
          )}
        </div>
        <div className="lx-proposal-page">
          <Card size="small" title={t('代表', 'Deputies')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('领衔代表', 'Lead deputy')}>{p.leadDeputy.name}</Descriptions.Item>
              <Descriptions.Item label={t('联名代表', 'Co-signers')}>
                {p.cosigners.length === 0 ? (
                  '—'
                ) : (
                  <span className="lx-proposal-chips" data-testid="cosigners">
                    {p.cosigners.map((c) => (
                      <Tag key={c.deputyId} color={c.status === 'signed' ? 'green' : 'default'}>
                        {c.name} · {t(cosignerStatusLabels[c.status])}
                      </Tag>
                    ))}
                  </span>
                )}
              </Descriptions.Item>
              {p.requiredCosigners > 0 && (
                <Descriptions.Item label={t('需联名', 'Required')}>
                  {t(`至少 ${p.requiredCosigners} 人`, `At least ${p.requiredCosigners}`)}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {(p.leadUnit || p.notRegisteredReason) && (
            <Card size="small" title={t('交办', 'Assignment')}>
              <Descriptions size="small" column={1}>
                {p.leadUnit && (
                  <Descriptions.Item label={t('主办单位', 'Lead unit')}>{p.leadUnit.name}</Descriptions.Item>
                )}
                {p.coUnits.length > 0 && (
                  <Descriptions.Item label={t('协办单位', 'Co-units')}>
                    {p.coUnits.map((u) => u.name).join('、')}
                  </Descriptions.Item>
                )}
                {p.notRegisteredReason && (
                  <Descriptions.Item label={t('不予立案理由', 'Reason')}>
                    {p.notRegisteredReason}
                  </Descriptions.Item>
                )}
                {p.contact && (
                  <Descriptions.Item label={t('面商', 'Contact')}>
                    {countyDateTime(p.contact.at)} · {t(contactMethodLabels[p.contact.method])} ·{' '}
                    {p.contact.with}
                    {p.contact.note && <div className="lx-cell-sub">{p.contact.note}</div>}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}
          <Card size="small" title={t('办理过程', 'History')}>
            <Timeline
              data-testid="proposal-timeline"
              items={p.timeline.map((e) => ({
                key: e.id,
                content: (
                  <>
                    <strong>{t(e.title)}</strong> · {e.actorName}
                    <div className="lx-cell-sub">{countyDateTime(e.at)}</div>
                    {e.note && <div>{e.note}</div>}
                  </>
                ),
              }))}
            />
          </Card>
        </div>
      </div>
      {dialog && <ActionModal proposal={p} action={dialog} onClose={() => setDialog(null)} />}
    </div>
  )
}

/** What the proposal waits for now, in a line. */
function Next({ p }: { p: Proposal }) {
  const { t } = useLang()
  const waiting = p.cosigners.filter((c) => c.status === 'invited').length
  const line =
    p.status === 'cosigning' && waiting > 0
      ? t(`等待 ${waiting} 位代表回复联名邀请`, `Waiting for ${waiting} deputies to answer the invitation`)
      : p.status === 'submitted'
        ? t('等待县人大常委会办公室立案交办', 'Waiting for the county congress office to register it')
        : p.status === 'registered' || p.status === 'rehandling'
          ? t('承办单位应先与代表面商，再作答复', 'The unit contacts the deputy before answering')
          : p.status === 'answered'
            ? t('等待领衔代表评价答复', 'Waiting for the lead deputy’s rating')
            : null
  return line ? <Alert type="info" showIcon title={line} /> : null
}
