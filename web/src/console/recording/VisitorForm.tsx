import { Button, Input, InputNumber, Space, Switch } from 'antd'
import { useState } from 'react'
import { useLang } from '../../shared/i18n'
import type { LocalIssue } from './store'

interface IssueDraft {
  id: string
  content: string
  onSpot: boolean
  answer: string
}

export interface VisitorDraft {
  headcount: number
  name: string
  phone: string
  issues: LocalIssue[]
}

const blankIssue = (): IssueDraft => ({ id: crypto.randomUUID(), content: '', onSpot: false, answer: '' })
const QUICK = [1, 2, 5, 10]

/**
 * One visitor, entered fast on a phone: how many people (a group of villagers counts each), an optional name and
 * phone, and their issues — each goes into the loop, or is answered on the spot. "Save and next" keeps it on the
 * phone at once and clears the form for the next.
 */
export function VisitorForm({ onSave }: { onSave: (v: VisitorDraft) => Promise<void> }) {
  const { t } = useLang()
  const [headcount, setHeadcount] = useState(1)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [issues, setIssues] = useState<IssueDraft[]>([])
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const setIssue = (id: string, patch: Partial<IssueDraft>) =>
    setIssues((all) => all.map((i) => (i.id === id ? { ...i, ...patch } : i)))

  const save = async () => {
    const kept = issues.filter((i) => i.content.trim() || i.answer.trim())
    if (kept.some((i) => !i.content.trim())) return setError(t('请填写问题内容', 'Write what the issue is'))
    if (kept.some((i) => i.onSpot && !i.answer.trim()))
      return setError(t('当场答复的问题请填写答复内容', 'Write the answer given on the spot'))
    if (phone.trim() && !/^1\d{10}$/.test(phone.trim()))
      return setError(t('手机号应为 11 位数字', 'A mobile number has 11 digits'))
    setError(null)
    setSaving(true)
    try {
      await onSave({
        headcount,
        name: name.trim(),
        phone: phone.trim(),
        issues: kept.map((i) => ({
          id: i.id,
          content: i.content.trim(),
          disposition: i.onSpot ? 'on_spot' : 'loop',
          answer: i.onSpot ? i.answer.trim() : null,
        })),
      })
      setHeadcount(1)
      setName('')
      setPhone('')
      setIssues([])
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="lx-visitor-form" data-testid="visitor-form">
      <div className="lx-rec-label">{t('接待人数（人次）', 'People received')}</div>
      <div className="lx-headcount">
        <Button
          aria-label={t('减少人数', 'Fewer')}
          onClick={() => setHeadcount((n) => Math.max(1, n - 1))}
          className="lx-step"
        >
          −
        </Button>
        <InputNumber
          aria-label={t('人数', 'Head count')}
          min={1}
          max={500}
          value={headcount}
          inputMode="numeric"
          controls={false}
          onChange={(v) => setHeadcount(Math.min(500, Math.max(1, Number(v) || 1)))}
          className="lx-headcount-input"
        />
        <Button
          aria-label={t('增加人数', 'More')}
          onClick={() => setHeadcount((n) => Math.min(500, n + 1))}
          className="lx-step"
        >
          +
        </Button>
      </div>
      <Space wrap size={8} className="lx-quick">
        {QUICK.map((n) => (
          <Button key={n} type={headcount === n ? 'primary' : 'default'} onClick={() => setHeadcount(n)}>
            {t(`${n} 人`, `${n}`)}
          </Button>
        ))}
      </Space>
      <div className="lx-rec-pair">
        <Input
          aria-label={t('姓名（选填）', 'Name (optional)')}
          placeholder={t('姓名（选填）', 'Name (optional)')}
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
        />
        <Input
          aria-label={t('手机号（选填）', 'Mobile (optional)')}
          placeholder={t('手机号（选填）', 'Mobile (optional)')}
          value={phone}
          inputMode="tel"
          maxLength={11}
          onChange={(e) => setPhone(e.target.value)}
        />
      </div>
      {issues.map((issue, n) => (
        <div className="lx-issue" key={issue.id} data-testid="issue-draft">
          <div className="lx-issue-head">
            <span>{t(`问题 ${n + 1}`, `Issue ${n + 1}`)}</span>
            <Button
              size="small"
              type="link"
              danger
              onClick={() => setIssues((all) => all.filter((i) => i.id !== issue.id))}
            >
              {t('删除', 'Remove')}
            </Button>
          </div>
          <Input.TextArea
            aria-label={t(`问题 ${n + 1} 内容`, `Issue ${n + 1}`)}
            placeholder={t('群众反映的问题', 'What was raised')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            value={issue.content}
            onChange={(e) => setIssue(issue.id, { content: e.target.value })}
          />
          <div className="lx-onspot">
            <Switch
              size="small"
              checked={issue.onSpot}
              aria-label={t(`问题 ${n + 1} 当场答复`, `Issue ${n + 1} answered on the spot`)}
              onChange={(on) => setIssue(issue.id, { onSpot: on })}
            />
            <span>{t('当场答复', 'Answered on the spot')}</span>
          </div>
          {issue.onSpot && (
            <Input.TextArea
              aria-label={t(`问题 ${n + 1} 答复`, `Issue ${n + 1} answer`)}
              placeholder={t('当场给出的答复', 'The answer given')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              value={issue.answer}
              onChange={(e) => setIssue(issue.id, { answer: e.target.value })}
            />
          )}
        </div>
      ))}
      <Button block onClick={() => setIssues((all) => [...all, blankIssue()])}>
        {t('＋ 添加问题', '+ Add an issue')}
      </Button>
      {error && (
        <div className="lx-rec-error" role="alert">
          {error}
        </div>
      )}
      <Button type="primary" size="large" block loading={saving} onClick={() => void save()}>
        {t('保存并记录下一位', 'Save and next')}
      </Button>
    </div>
  )
}
