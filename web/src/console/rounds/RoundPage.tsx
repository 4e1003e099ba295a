import { App, Button, Empty, Input, Modal, Spin, Tag } from 'antd'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { RoundStop } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'
import { useMe } from '../auth'
import { PageHead } from '../components/list'
import { useQueue } from '../recording/hooks'
import { SyncBar } from '../recording/SyncBar'
import { queue } from '../recording/store'
import { syncNow } from '../recording/sync'
import '../recording/recording.css'
import { statusColor, stopKindLabels } from './labels'
import { type RoundAction, useRound, useRoundAction } from './queries'

/** Where the phone is, when its user has allowed it; never waits long, never required. */
async function whereAmI(): Promise<{ lat: number; lng: number } | null> {
  if (!('geolocation' in navigator)) return null
  try {
    const state = await navigator.permissions?.query({ name: 'geolocation' }).then((p) => p.state)
    if (state === 'denied') return null
  } catch {
    // No permissions API: ask.
  }
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(null),
      { timeout: 4000, maximumAge: 60_000 },
    ),
  )
}

const hhmm = (iso: string) => countyDateTime(iso).slice(11)

/**
 * A round's page, made for a phone on the road: its stops in order, a check-in and "what happened" for each
 * (queued on the phone when there is no signal), "record a reception here", and complete / cancel / restore.
 */
export function RoundPage() {
  const { id } = useParams<{ id: string }>()
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const round = useRound(id)
  const action = useRoundAction()
  const ops = useQueue(me.id).filter((o) => o.group === id)
  const [dialog, setDialog] = useState<{ kind: 'report' | RoundAction; stop?: RoundStop } | null>(null)
  const [text, setText] = useState('')
  if (round.isLoading) return <Spin className="lx-gap" />
  const r = round.data
  if (!r)
    return (
      <Empty
        className="lx-gap"
        description={t(
          '找不到该巡诊（离线时只能打开看过的巡诊）',
          'No such round (offline, only rounds seen before open)',
        )}
      />
    )

  const records = me.capabilities.includes('receptions.record') && r.allowedActions.includes('check_in')
  const mayReport = r.allowedActions.includes('report') || r.allowedActions.includes('check_in')
  const queuedCheckIn = (stopId: string) =>
    ops.find((o) => o.kind === 'round.check_in' && (o.body as { stopId: string }).stopId === stopId)
  const queuedReport = (stopId: string) =>
    ops.find((o) => o.kind === 'round.report' && (o.body as { stopId: string }).stopId === stopId)

  const checkIn = async (stop: RoundStop) => {
    const at = new Date().toISOString()
    const location = await whereAmI()
    await queue({
      userId: me.id,
      kind: 'round.check_in',
      group: r.id,
      path: `/api/rounds/${r.id}/check_in`,
      body: { stopId: stop.id, at, ...(location ? { location } : {}) },
    })
    message.success(t('已签到', 'Checked in'))
    void syncNow().then(() => round.refetch())
  }

  const submit = async () => {
    if (!dialog) return
    if (dialog.kind === 'report') {
      if (!text.trim()) return message.error(t('请填写站点的情况', 'Say what happened at the stop'))
      await queue({
        userId: me.id,
        kind: 'round.report',
        group: r.id,
        path: `/api/rounds/${r.id}/report`,
        body: { stopId: dialog.stop!.id, happened: text.trim() },
      })
      void syncNow().then(() => round.refetch())
    } else {
      if (dialog.kind === 'cancel' && !text.trim())
        return message.error(t('请说明取消的原因', 'Say why the round is cancelled'))
      try {
        await action.mutateAsync({
          id: r.id,
          action: dialog.kind,
          body: {
            version: r.version,
            ...(dialog.kind === 'complete'
              ? { summary: text.trim() }
              : text.trim()
                ? { note: text.trim() }
                : {}),
          },
        })
      } catch (e) {
        const problem = e as { problem?: { message: { zh: string; en: string } } }
        return message.error(
          problem.problem ? t(problem.problem.message.zh, problem.problem.message.en) : String(e),
        )
      }
    }
    setDialog(null)
    setText('')
  }

  const dialogTitle = {
    report: t('记录站点情况', 'What happened here'),
    complete: t('完成巡诊', 'Complete the round'),
    cancel: t('取消巡诊', 'Cancel the round'),
    restore: t('恢复巡诊', 'Restore the round'),
  }

  return (
    <div className="lx-rec">
      <PageHead title={r.title} />
      <div className="lx-rec-place">
        <Tag color={statusColor[r.status]}>{t(r.statusLabel.zh, r.statusLabel.en)}</Tag>
        <span>
          {r.day} · {r.townName}
        </span>
      </div>
      <div className="lx-rec-deputies">
        {t('巡诊代表：', 'Deputies: ')}
        {r.deputies.map((d) => d.name).join('、')}
      </div>
      {r.note && <p>{r.note}</p>}
      <SyncBar group={r.id} />
      <ol className="lx-round-stops">
        {r.stops.map((s) => {
          const pendingIn = queuedCheckIn(s.id)
          const pendingReport = queuedReport(s.id)
          return (
            <li key={s.id} className="lx-round-stop" data-testid="round-stop">
              <div className="lx-round-stop-head">
                <strong>
                  {s.seq}. {s.name}
                </strong>
                <Tag>{t(stopKindLabels[s.kind].zh, stopKindLabels[s.kind].en)}</Tag>
                {s.checkedInAt ? (
                  <Tag color="green">
                    {t(`${hhmm(s.checkedInAt)} 已签到`, `Checked in ${hhmm(s.checkedInAt)}`)}
                  </Tag>
                ) : pendingIn ? (
                  <Tag color="orange">{t('已签到（待同步）', 'Checked in (waiting to sync)')}</Tag>
                ) : null}
              </div>
              <div className="lx-round-stop-meta">
                {hhmm(s.startsAt)}–{hhmm(s.endsAt)} · {s.regionName}
                {s.address ? ` · ${s.address}` : ''}
                <br />
                {t(
                  `接待 ${s.receptions} 场，${s.people} 人次`,
                  `${s.receptions} sessions, ${s.people} people received`,
                )}
              </div>
              {(s.happened || pendingReport) && (
                <p className="lx-round-stop-meta">
                  {t('情况：', 'What happened: ')}
                  {(pendingReport?.body as { happened?: string } | undefined)?.happened ?? s.happened}
                  {pendingReport && <Tag color="orange">{t('待同步', 'Waiting')}</Tag>}
                </p>
              )}
              {records && (
                <div className="lx-round-actions">
                  {!s.checkedInAt && !pendingIn && (
                    <Button type="primary" onClick={() => void checkIn(s)}>
                      {t('到点签到', 'Check in')}
                    </Button>
                  )}
                  <Button onClick={() => navigate(`/receptions/new?round=${r.id}&stop=${s.id}`)}>
                    {t('在此记录接待', 'Record a reception here')}
                  </Button>
                  {mayReport && (s.checkedInAt || pendingIn) && (
                    <Button
                      onClick={() => {
                        setText(s.happened)
                        setDialog({ kind: 'report', stop: s })
                      }}
                    >
                      {t('记录情况', 'What happened')}
                    </Button>
                  )}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      <div className="lx-round-actions">
        {r.allowedActions.includes('edit') && (
          <Button onClick={() => navigate(`/rounds/${r.id}/edit`)}>{t('修改安排', 'Edit the plan')}</Button>
        )}
        {(['complete', 'cancel', 'restore'] as const)
          .filter((a) => r.allowedActions.includes(a))
          .map((a) => (
            <Button key={a} danger={a === 'cancel'} onClick={() => setDialog({ kind: a })}>
              {dialogTitle[a]}
            </Button>
          ))}
        <Link to={`/receptions?round=${r.id}`}>
          {t('本次巡诊的接待记录', 'This round’s reception records')}
        </Link>
      </div>
      {r.summary && (
        <p>
          {t('总结：', 'Summary: ')}
          {r.summary}
        </p>
      )}
      <Modal
        open={dialog !== null}
        title={dialog ? dialogTitle[dialog.kind] : ''}
        okText={t('确定', 'OK')}
        cancelText={t('取消', 'Cancel')}
        confirmLoading={action.isPending}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
      >
        {dialog?.kind !== 'restore' && (
          <Input.TextArea
            aria-label={dialog ? dialogTitle[dialog.kind] : ''}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            value={text}
            placeholder={
              dialog?.kind === 'cancel'
                ? t('取消的原因', 'Why it is cancelled')
                : dialog?.kind === 'complete'
                  ? t('巡诊总结（选填）', 'Summary (optional)')
                  : t('站点情况', 'What happened')
            }
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Modal>
    </div>
  )
}
