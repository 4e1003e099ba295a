import { Alert, Button, Card, Checkbox, Form, Input, Radio, Result, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import type { StaffChannel } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { channelLabels, label } from '../../shared/labels'
import { applyProblemToForm, PageHead } from '../components/list'
import { useVillages } from '../regions/queries'
import { TownSelect } from '../regions/TownSelect'
import { CategorySelect } from './common'
import { useRecordSuggestion } from './queries'

/** The channels staff record on, in the order offered (online is the citizen's own). */
const STAFF_CHANNELS: StaffChannel[] = ['station', 'mobile', 'grid', 'mediation']

interface Values {
  channel: StaffChannel
  content: string
  category?: string
  townCode?: string
  villageCode?: string
  name?: string
  phone?: string
  consent?: boolean
  publishConsent?: boolean
}

/** Staff record what a citizen said at a station, on mobile rounds, from a grid or the mediation centre. */
export function IntakePage() {
  const { t, lang } = useLang()
  const navigate = useNavigate()
  const [form] = Form.useForm<Values>()
  const townCode = Form.useWatch('townCode', form)
  const villages = useVillages(townCode)
  const [formError, setFormError] = useState<string | null>(null)
  const create = useRecordSuggestion()
  const submit = (v: Values) => {
    setFormError(null)
    const contact =
      v.name?.trim() || v.phone?.trim()
        ? { name: v.name?.trim() || undefined, phone: v.phone?.trim() || undefined }
        : undefined
    create.mutate(
      {
        channel: v.channel,
        content: v.content.trim(),
        consent: true,
        publishConsent: v.publishConsent ?? false,
        category: v.category,
        regionCode: v.villageCode ?? v.townCode,
        contact,
      },
      {
        onError: (error) => {
          if (!applyProblemToForm(form, error, lang)) {
            setFormError(
              error instanceof ApiProblem
                ? t(error.problem.message)
                : t('保存失败，请重试', 'Could not save; try again'),
            )
          }
        },
      },
    )
  }

  if (create.data) {
    const link = `${window.location.origin}${create.data.trackingUrl}`
    return (
      <Card>
        <Result
          status="success"
          title={t('已录入', 'Recorded')}
          subTitle={
            <Space direction="vertical">
              <span>
                {t('查询编号：', 'Tracking code: ')}
                <Typography.Text strong className="lx-mono" data-testid="intake-code">
                  {create.data.trackingCode}
                </Typography.Text>
              </span>
              <span>
                {t(
                  '请把下面的查询链接交给群众（可打印或发送短信），凭链接查看进度和评价；链接含密钥，仅此一次显示。',
                  'Give this tracking link to the citizen (print or text it); it shows progress and lets them rate. It holds a secret and is shown only once.',
                )}
              </span>
              <Typography.Text copyable className="lx-mono lx-break">
                {link}
              </Typography.Text>
            </Space>
          }
          extra={[
            <Button key="open" type="primary" onClick={() => navigate(`/suggestions/${create.data.id}`)}>
              {t('查看并办理', 'Open and handle it')}
            </Button>,
            <Button
              key="again"
              onClick={() => {
                create.reset()
                form.resetFields()
              }}
            >
              {t('继续录入', 'Record another')}
            </Button>,
          ]}
        />
      </Card>
    )
  }

  return (
    <>
      <PageHead title={t('录入意见', 'Record an opinion')} />
      <Card style={{ maxWidth: 820 }} className="lx-intake">
        {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
        <Form<Values> form={form} layout="vertical" initialValues={{ channel: 'station' }} onFinish={submit}>
          <Form.Item name="channel" label={t('渠道', 'Channel')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={STAFF_CHANNELS.map((c) => ({
                value: c,
                label: label(channelLabels, c, lang),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="content"
            label={t('意见建议内容', 'What the citizen said')}
            rules={[{ required: true, whitespace: true, message: t('请填写内容', 'Write the content') }]}
          >
            <Input.TextArea rows={6} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="category" label={t('类别', 'Category')}>
            <CategorySelect width="100%" placeholder={t('请选择', 'Choose')} />
          </Form.Item>
          <Space size="middle" wrap style={{ width: '100%' }}>
            <Form.Item name="townCode" label={t('镇（街道）', 'Town')}>
              <TownSelect
                value={townCode}
                width={220}
                placeholder={t('请选择', 'Choose')}
                onChange={(v) => form.setFieldsValue({ townCode: v, villageCode: undefined })}
              />
            </Form.Item>
            <Form.Item name="villageCode" label={t('村（社区）', 'Village / community')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 260 }}
                disabled={!townCode}
                loading={villages.isFetching}
                placeholder={t('请选择', 'Choose')}
                options={(villages.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
              />
            </Form.Item>
          </Space>
          <Space size="middle" wrap style={{ width: '100%' }}>
            <Form.Item name="name" label={t('群众姓名（选填）', 'Citizen’s name (optional)')}>
              <Input maxLength={40} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name={['phone']} label={t('手机号码（选填）', 'Mobile phone (optional)')}>
              <Input maxLength={20} style={{ width: 260 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[
              {
                validator: (_r, v) =>
                  v
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('请先取得群众同意', 'The citizen’s consent is required'))),
              },
            ]}
          >
            <Checkbox>
              {t(
                '已向群众告知个人信息保护事项（收集内容、用途、可见范围、保存期限，手机号码加密保存并脱敏显示），并取得其同意',
                'The citizen was told how their personal information is handled (what, why, who sees it, how long; the phone number is encrypted and masked) and agreed',
              )}
            </Checkbox>
          </Form.Item>
          <Form.Item name="publishConsent" valuePropName="checked">
            <Checkbox>
              {t(
                '群众同意在隐去姓名、电话等个人信息后公开其意见和办理答复（请询问群众）',
                'The citizen agrees that the opinion and its answer may be published without their name, phone and other personal details (ask them)',
              )}
            </Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('保存', 'Save')}
          </Button>
        </Form>
      </Card>
    </>
  )
}
