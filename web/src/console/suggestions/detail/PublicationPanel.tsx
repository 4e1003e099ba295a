import { Alert, Button, Card, Checkbox, Input, Modal, Space, Tag, Typography } from 'antd'
import { Fragment, type ReactNode, useEffect, useMemo, useState } from 'react'
import { ApiProblem } from '../../../shared/api/problem'
import type { PublicationReview, ScrubSpan } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { label, publicationStatusLabels, scrubKindLabels } from '../../../shared/labels'
import { countyDateTime } from '../../../shared/time'
import { can, useMe } from '../../auth'
import { usePublicationReview, usePublish, useWithdraw } from '../publication-queries'
import { compose, type Field, findingsFor } from './publication-text'
import './publication.css'

/**
 * 办理结果公开: for the item's manager, the citizen's consent, the draft with each piece of personal data the
 * scrubber found highlighted (each hidden unless unticked), the texts to edit, publish / update / withdraw.
 */
export function PublicationPanel({ id }: { id: string }) {
  const { t } = useLang()
  const me = useMe()
  const allowed = can(me, 'suggestions.publish')
  const review = usePublicationReview(id, allowed)
  if (!allowed || review.isPending || review.isError) return null
  const r = review.data
  return (
    <Card title={t('办理结果公开', 'Publication')} size="small" data-testid="publication-panel">
      {!r.consent ? (
        <Alert
          type="info"
          showIcon
          message={t('群众未同意公开', 'The citizen did not agree to publication')}
          description={t(
            '提交时群众未勾选同意公开，此件不能公开。',
            'The citizen did not tick the consent to publication: the item cannot be published.',
          )}
        />
      ) : !r.eligible ? (
        <Alert
          type="info"
          showIcon
          message={t(r.reason ?? { zh: '暂不能公开', en: 'Not publishable now' })}
        />
      ) : (
        <Editor key={`${r.publication?.version ?? 0}-${r.answerPublishable}`} review={r} />
      )}
    </Card>
  )
}

/** One text under review: where it starts from, and the spans found in it (with the staff's choice for each). */
interface Source {
  base: string
  spans: ScrubSpan[]
  /** Spans kept earlier as not personal data (an update of what is published). */
  kept: { kind: ScrubSpan['kind']; text: string }[]
}

function sourceOf(r: PublicationReview, field: Field): Source | null {
  const p = r.publication?.status === 'published' ? r.publication : null
  const published = p ? (field === 'question' ? p.question : p.answer) : null
  const kept = (p?.findings ?? [])
    .filter((f) => f.field === field && !f.confirmed && f.text)
    .map((f) => ({ kind: f.kind, text: f.text! }))
  if (published !== null) return { base: published, spans: [], kept }
  const draft = field === 'question' ? r.draft.question : r.draft.answer
  return draft ? { base: draft.original, spans: draft.spans, kept: [] } : null
}

function Editor({ review: r }: { review: PublicationReview }) {
  const { t, lang } = useLang()
  const publish = usePublish(r.suggestionId)
  const withdraw = useWithdraw(r.suggestionId)
  const p = r.publication
  const published = p?.status === 'published'
  const sources = useMemo(
    () => ({ question: sourceOf(r, 'question'), answer: r.answerPublishable ? sourceOf(r, 'answer') : null }),
    [r],
  )
  const all = (s: Source | null) => new Set((s?.spans ?? []).map((_, i) => i))
  const [hidden, setHidden] = useState({ question: all(sources.question), answer: all(sources.answer) })
  const textOf = (field: Field) => {
    const s = sources[field]
    return s ? compose(s.base, s.spans, hidden[field]) : ''
  }
  const [texts, setTexts] = useState({ question: textOf('question'), answer: textOf('answer') })
  const [withAnswer, setWithAnswer] = useState(Boolean(sources.answer))
  const [error, setError] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [withdrawing, setWithdrawing] = useState(false)

  // Ticking or unticking a span writes the text again from the original.
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomposed only when the choices change
  useEffect(() => setTexts({ question: textOf('question'), answer: textOf('answer') }), [hidden])

  const toggle = (field: Field, i: number, hide: boolean) =>
    setHidden((h) => {
      const next = new Set(h[field])
      if (hide) next.add(i)
      else next.delete(i)
      return { ...h, [field]: next }
    })

  const findings = (field: Field) => {
    const s = sources[field]
    if (!s) return []
    return findingsFor(field, texts[field], [
      ...s.spans.map((x, i) => ({ kind: x.kind, text: x.text, hide: hidden[field].has(i) })),
      ...s.kept.map((k) => ({ kind: k.kind, text: k.text, hide: false })),
    ])
  }

  const submit = () => {
    setError(null)
    const answer = withAnswer && sources.answer ? texts.answer.trim() || null : null
    publish.mutate(
      {
        question: texts.question.trim(),
        answer,
        findings: [...findings('question'), ...(answer ? findings('answer') : [])],
        ...(p ? { version: p.version } : {}),
      },
      {
        onError: (e) =>
          setError(
            e instanceof ApiProblem
              ? t(e.problem.message)
              : t('公开失败，请重试', 'Could not publish; try again'),
          ),
      },
    )
  }

  const section = (field: Field, title: string) => {
    const s = sources[field]
    if (!s) return null
    return (
      <div className="lx-publication-field">
        <Typography.Text strong>{title}</Typography.Text>
        {s.spans.length > 0 && (
          <>
            <Highlighted text={s.base} spans={s.spans} hidden={hidden[field]} />
            <ul className="lx-publication-spans" data-testid={`publication-spans-${field}`}>
              {s.spans.map((x, i) => (
                <li key={`${x.start}-${x.kind}`}>
                  <Checkbox
                    checked={hidden[field].has(i)}
                    onChange={(e) => toggle(field, i, e.target.checked)}
                  >
                    <Tag color="red">{label(scrubKindLabels, x.kind, lang)}</Tag>
                    <Typography.Text code>{x.text}</Typography.Text>{' '}
                    {t('是个人信息，隐去', 'Personal data: hide it')}
                  </Checkbox>
                </li>
              ))}
            </ul>
          </>
        )}
        {s.spans.length === 0 && !published && (
          <Typography.Paragraph type="secondary" className="lx-small">
            {t('未发现个人信息。', 'No personal data found.')}
          </Typography.Paragraph>
        )}
        <Input.TextArea
          aria-label={title}
          data-testid={`publication-${field}`}
          value={texts[field]}
          onChange={(e) => setTexts((x) => ({ ...x, [field]: e.target.value }))}
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={5000}
        />
      </div>
    )
  }

  const answerLater = !sources.answer
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Tag color="green">{t('群众已同意公开', 'The citizen agreed to publication')}</Tag>
        {p && (
          <Tag color={published ? 'blue' : 'default'}>{label(publicationStatusLabels, p.status, lang)}</Tag>
        )}
        {p?.publicUrl && (
          <a href={p.publicUrl} target="_blank" rel="noreferrer" data-testid="publication-link">
            {t('查看公开页面', 'Open the public page')}
          </a>
        )}
      </Space>
      {p && (
        <Typography.Text type="secondary" className="lx-small">
          {published
            ? t(`${countyDateTime(p.publishedAt)} 公开`, `Published ${countyDateTime(p.publishedAt)}`)
            : t(
                `${p.withdrawnAt ? countyDateTime(p.withdrawnAt) : ''} 撤回：${p.withdrawReason ?? ''}`,
                `Withdrawn ${p.withdrawnAt ? countyDateTime(p.withdrawnAt) : ''}: ${p.withdrawReason ?? ''}`,
              )}
        </Typography.Text>
      )}
      {section('question', t('公开的问题', 'The question as published'))}
      {sources.answer ? (
        <>
          <Checkbox checked={withAnswer} onChange={(e) => setWithAnswer(e.target.checked)}>
            {t('同时公开答复', 'Publish the answer too')}
          </Checkbox>
          {withAnswer && section('answer', t('公开的答复', 'The answer as published'))}
        </>
      ) : (
        answerLater && (
          <Typography.Text type="secondary" className="lx-small">
            {t('此件答复后可公开答复。', 'The answer can be published once there is one.')}
          </Typography.Text>
        )
      )}
      {error && <Alert type="error" showIcon message={error} data-testid="publication-error" />}
      {r.canPublish ? (
        <Space wrap>
          <Button
            type="primary"
            onClick={submit}
            loading={publish.isPending}
            data-testid="publication-submit"
          >
            {published
              ? p?.answer === null && withAnswer && sources.answer
                ? t('公开答复', 'Publish the answer')
                : t('更新公开内容', 'Update')
              : t('公开', 'Publish')}
          </Button>
          {published && (
            <Button danger onClick={() => setWithdrawing(true)}>
              {t('撤回', 'Withdraw')}
            </Button>
          )}
        </Space>
      ) : (
        <Typography.Text type="secondary">
          {t('由此件的管理单位公开。', 'The item’s managing office publishes it.')}
        </Typography.Text>
      )}
      <Modal
        open={withdrawing}
        title={t('撤回公开', 'Withdraw the publication')}
        okText={t('撤回', 'Withdraw')}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: withdraw.isPending }}
        onCancel={() => setWithdrawing(false)}
        onOk={() => withdraw.mutate(reason.trim(), { onSuccess: () => setWithdrawing(false) })}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('撤回原因', 'Why it is withdrawn')}
          maxLength={500}
        />
      </Modal>
    </Space>
  )
}

/** The original text with each span found marked: red while it is to be hidden, struck grey when kept. */
function Highlighted({
  text,
  spans,
  hidden,
}: {
  text: string
  spans: ScrubSpan[]
  hidden: ReadonlySet<number>
}) {
  const parts: ReactNode[] = []
  let at = 0
  spans.forEach((s, i) => {
    if (s.start < at) return
    parts.push(<Fragment key={`t${s.start}`}>{text.slice(at, s.start)}</Fragment>)
    parts.push(
      <mark key={`m${s.start}`} className={hidden.has(i) ? 'lx-pii lx-pii-hidden' : 'lx-pii lx-pii-kept'}>
        {s.text}
      </mark>,
    )
    at = s.end
  })
  parts.push(<Fragment key="end">{text.slice(at)}</Fragment>)
  return (
    <p className="lx-publication-original" data-testid="publication-original">
      {parts}
    </p>
  )
}
