import { App, Button, Empty, Input, Modal, Spin, Tag } from 'antd'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'
import { useMe } from '../auth'
import { PageHead } from '../components/list'
import { useReception, useReopenReception } from '../rounds/queries'
import { useLocalReception, useQueue } from './hooks'
import { rowsOf } from './merge'
import { SyncBar } from './SyncBar'
import { addVisitor, type LocalReception, openReception, queue, type SyncState } from './store'
import { syncNow } from './sync'
import { type VisitorDraft, VisitorForm } from './VisitorForm'
import './recording.css'

const STATE: Record<SyncState, { color: string; zh: string; en: string }> = {
  synced: { color: 'green', zh: '已同步', en: 'Synced' },
  pending: { color: 'orange', zh: '待同步', en: 'Waiting' },
  conflict: { color: 'red', zh: '冲突', en: 'Conflict' },
}

/**
 * 接待记录 — the recording screen: a session at a venue or a round's stop, visitors added one after another from a
 * phone, each kept on the phone at once and synced (online or later). Works offline after one visit.
 */
export function ReceptionPage() {
  const { id } = useParams<{ id: string }>()
  const { t } = useLang()
  const me = useMe()
  const { message } = App.useApp()
  const local = useLocalReception(id)
  const server = useReception(id)
  const ops = useQueue(me.id).filter((o) => o.group === id)
  const remote = server.data
  const reopen = useReopenReception()
  const [reason, setReason] = useState<string | null>(null)
  if (!local.loaded || (server.isLoading && !local.reception)) return <Spin className="lx-gap" />
  if (!local.reception && !remote)
    return <Empty className="lx-gap" description={t('找不到该接待记录', 'No such reception record')} />

  const rows = rowsOf(remote, local.visitors)
  const people = rows.reduce((n, r) => n + r.headcount, 0)
  const issues = rows.reduce((n, r) => n + r.issues.length, 0)
  const closing = ops.some((o) => o.kind === 'reception.close')
  const closed = remote?.status === 'closed' || closing
  const mayRecord =
    me.capabilities.includes('receptions.record') && (!remote || remote.allowedActions.includes('close'))
  const place =
    local.reception?.place ??
    (remote?.round ? `${remote.round.title} · ${remote.round.stopName}` : (remote?.venue?.name ?? ''))
  const deputies = local.reception?.deputyNames ?? remote?.deputies.map((d) => d.name) ?? []

  const ensureLocal = async (): Promise<void> => {
    if (local.reception || !remote) return
    const copy: LocalReception = {
      id: remote.id,
      userId: me.id,
      kind: remote.kind,
      venueId: remote.venue?.id ?? null,
      dutySlotId: remote.dutySlotId,
      roundId: remote.round?.id ?? null,
      roundStopId: remote.round?.stopId ?? null,
      place,
      deputyIds: remote.deputies.map((d) => d.id),
      deputyNames: deputies,
      startedAt: remote.startedAt,
      note: remote.note,
    }
    await openReception(copy, false)
  }

  const save = async (draft: VisitorDraft) => {
    await ensureLocal()
    await addVisitor(me.id, {
      id: crypto.randomUUID(),
      receptionId: id!,
      headcount: draft.headcount,
      name: draft.name || null,
      phone: draft.phone || null,
      note: '',
      recordedAt: new Date().toISOString(),
      issues: draft.issues,
      state: 'pending',
    })
    message.success(t('已保存在本机', 'Kept on this phone'))
    void syncNow().then(() => server.refetch())
  }

  const close = async () => {
    await ensureLocal()
    await queue({
      userId: me.id,
      kind: 'reception.close',
      group: id!,
      path: `/api/receptions/${id}/close`,
      body: { endedAt: new Date().toISOString() },
    })
    void syncNow().then(() => server.refetch())
  }

  return (
    <div className="lx-rec">
      <PageHead title={t('接待记录', 'Reception record')} />
      <div className="lx-rec-place">
        <strong>{place}</strong>
        <Tag color={closed ? 'default' : 'red'}>
          {closed
            ? t('已结束', 'Closed')
            : remote
              ? t(remote.statusLabel.zh, remote.statusLabel.en)
              : t('接待中', 'Open')}
        </Tag>
        {local.reception?.roundId && (
          <Link to={`/rounds/${local.reception.roundId}`}>{t('返回巡诊', 'Back to the round')}</Link>
        )}
      </div>
      <div className="lx-rec-deputies">
        {t('接待代表：', 'Deputies: ')}
        {deputies.join('、')}
      </div>
      <SyncBar group={id} />
      <div className="lx-rec-totals" data-testid="rec-totals">
        <div>
          <b data-testid="people-total">{people}</b>
          <span>{t('接待人次', 'People received')}</span>
        </div>
        <div>
          <b>{rows.length}</b>
          <span>{t('来访登记', 'Visits')}</span>
        </div>
        <div>
          <b data-testid="issue-total">{issues}</b>
          <span>{t('反映问题', 'Issues')}</span>
        </div>
      </div>
      {!closed && mayRecord && <VisitorForm onSave={save} />}
      <h3 className="lx-rec-h">{t('已登记', 'Recorded')}</h3>
      {rows.length === 0 && <Empty description={t('还没有登记来访群众', 'No visitor yet')} />}
      <ul className="lx-rec-list">
        {rows.map((r) => (
          <li key={r.id} data-testid="visitor-row" data-state={r.state}>
            <div className="lx-rec-row-head">
              <strong>{t(`${r.headcount} 人`, `${r.headcount} people`)}</strong>
              <span>{[r.name, r.phone].filter(Boolean).join(' ')}</span>
              <span className="lx-rec-time">{countyDateTime(r.recordedAt).slice(11)}</span>
              <Tag color={STATE[r.state].color} data-testid="visitor-state">
                {t(STATE[r.state].zh, STATE[r.state].en)}
              </Tag>
            </div>
            {r.issues.map((i) => (
              <div key={i.id} className="lx-rec-issue">
                <span>{i.content}</span>
                {i.disposition === 'on_spot' && <Tag>{t('当场答复', 'Answered')}</Tag>}
                {i.code && <Tag color="blue">{i.code}</Tag>}
              </div>
            ))}
          </li>
        ))}
      </ul>
      {!closed && mayRecord && (
        <Button block className="lx-gap" onClick={() => void close()}>
          {t('结束本次接待', 'Close the session')}
        </Button>
      )}
      {remote?.status === 'closed' && !closing && remote.allowedActions.includes('reopen') && (
        <Button block className="lx-gap" onClick={() => setReason('')}>
          {t('重新打开以补录', 'Reopen to add visitors')}
        </Button>
      )}
      <Modal
        open={reason !== null}
        title={t('重新打开接待记录', 'Reopen the record')}
        okText={t('确定', 'OK')}
        cancelText={t('取消', 'Cancel')}
        okButtonProps={{ disabled: !reason?.trim() }}
        confirmLoading={reopen.isPending}
        onCancel={() => setReason(null)}
        onOk={() =>
          void reopen
            .mutateAsync({ id: id!, note: reason!.trim() })
            .then(() => setReason(null))
            .catch(() => message.error(t('未能重新打开，请稍后再试', 'Could not reopen; try again later')))
        }
      >
        <Input.TextArea
          aria-label={t('重新打开的原因', 'Why it is reopened')}
          placeholder={t('重新打开的原因', 'Why it is reopened')}
          maxLength={500}
          value={reason ?? ''}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </div>
  )
}
