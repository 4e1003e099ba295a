import { App, Button, Card, Form, Input, Select, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { useMe } from '../auth'
import { applyProblemToForm, ListError, PageHead } from '../components/list'
import { useDeputies } from '../deputies/queries'
import { useCategories, useSuggestionQueue } from '../suggestions/queries'
import { type ProposalBody, useProposal, useSaveProposal } from './queries'
import './proposals.css'

interface Fields {
  title: string
  reason: string
  measures: string
  category?: string | null
  suggestionIds: string[]
  cosignerIds: string[]
}

/**
 * 起草代表建议 (a deputy): the items it takes up — picked from the items addressed to the deputy, or the one it was
 * opened from (?from=) — title, 案由, 建议措施, category, and the deputies to invite to co-sign. Also edits a draft.
 */
export function ProposalFormPage() {
  const { id } = useParams<{ id: string }>()
  const [params] = useSearchParams()
  const from = params.get('from')
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const me = useMe()
  const navigate = useNavigate()
  const [form] = Form.useForm<Fields>()
  const existing = useProposal(id)
  const save = useSaveProposal()
  const [deputyQuery, setDeputyQuery] = useState('')
  const items = useSuggestionQueue({ limit: 200, offset: 0 })
  const deputies = useDeputies({ q: deputyQuery || undefined, level: 'county', limit: 50, offset: 0 })
  const categories = useCategories()

  useEffect(() => {
    const p = existing.data
    if (p)
      form.setFieldsValue({
        title: p.title,
        reason: p.reason,
        measures: p.measures,
        category: p.category?.code ?? null,
        suggestionIds: p.sources.filter((s) => s.type === 'suggestion').map((s) => s.id),
        cosignerIds: p.cosigners.map((c) => c.deputyId),
      })
    else if (!id && from) form.setFieldsValue({ suggestionIds: [from] })
  }, [existing.data, id, from, form])

  if (id && existing.isPending) return <Spin className="lx-gap" />
  if (id && existing.error) return <ListError error={existing.error} />

  const invited = existing.data?.cosigners ?? []
  const deputyOptions = [
    ...invited.map((c) => ({ value: c.deputyId, label: c.name })),
    ...(deputies.data?.items ?? [])
      .filter((d) => d.id !== me.deputyId && !invited.some((c) => c.deputyId === d.id))
      .map((d) => ({ value: d.id, label: `${d.name} · ${d.regionName}` })),
  ]

  const submit = async (fields: Fields) => {
    const body: ProposalBody = {
      title: fields.title,
      reason: fields.reason,
      measures: fields.measures,
      category: fields.category ?? null,
      suggestionIds: fields.suggestionIds ?? [],
      cosignerIds: fields.cosignerIds ?? [],
    }
    try {
      const saved = await save.mutateAsync({ id, version: existing.data?.version, body })
      message.success(t('已保存草稿', 'Draft saved'))
      navigate(`/proposals/${saved.id}`)
    } catch (error) {
      if (!applyProblemToForm(form, error, lang))
        message.error(
          error instanceof ApiProblem ? t(error.problem.message) : t('保存失败', 'Could not save'),
        )
    }
  }

  return (
    <div className="lx-proposal-page">
      <PageHead
        title={id ? t('修改代表建议草稿', 'Edit the draft') : t('起草代表建议', 'Draft a proposal')}
      />
      <Card size="small">
        <Form<Fields>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ suggestionIds: [], cosignerIds: [] }}
          data-testid="proposal-form"
        >
          <Form.Item
            name="suggestionIds"
            label={t('依据的群众意见', 'Items it takes up')}
            extra={t(
              '从交给您的群众意见中选择一条或多条',
              'Choose one or more of the items addressed to you',
            )}
            rules={[{ required: true, message: t('请选择群众意见', 'Choose at least one item') }]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              loading={items.isPending}
              placeholder={t('选择群众意见', 'Choose items')}
              data-testid="source-picker"
              options={(items.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.trackingCode} · ${s.excerpt}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('标题', 'Title')}
            rules={[{ required: true, whitespace: true, message: t('请填写标题', 'Give it a title') }]}
          >
            <Input maxLength={100} showCount placeholder={t('关于……的建议', 'A proposal on …')} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('案由', 'Case')}
            extra={t('问题的现状和原因', 'The situation and its reasons')}
            rules={[{ required: true, whitespace: true, message: t('请填写案由', 'Describe the case') }]}
          >
            <Input.TextArea rows={5} maxLength={5000} />
          </Form.Item>
          <Form.Item
            name="measures"
            label={t('建议措施', 'Suggested measures')}
            rules={[
              { required: true, whitespace: true, message: t('请填写建议措施', 'Suggest the measures') },
            ]}
          >
            <Input.TextArea rows={5} maxLength={5000} />
          </Form.Item>
          <Form.Item name="category" label={t('分类', 'Category')}>
            <Select
              allowClear
              placeholder={t('选择分类（可选）', 'Choose a category (optional)')}
              options={(categories.data?.items ?? []).map((c) => ({
                value: c.code,
                label: t(c.name, c.nameEn),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="cosignerIds"
            label={t('邀请联名代表', 'Invite co-signers')}
            extra={t('联名为自愿，提交前由您发出邀请', 'Co-signing is optional; you send the invitations')}
          >
            <Select
              mode="multiple"
              showSearch
              filterOption={false}
              onSearch={setDeputyQuery}
              loading={deputies.isFetching}
              placeholder={t('输入姓名搜索代表', 'Type a name to find deputies')}
              data-testid="cosigner-picker"
              options={deputyOptions}
            />
          </Form.Item>
          <div className="lx-proposal-actions">
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-proposal">
              {t('保存草稿', 'Save the draft')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('取消', 'Cancel')}</Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}
