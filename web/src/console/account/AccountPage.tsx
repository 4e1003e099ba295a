import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { TotpSetup } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { labelOf, roleLabels } from '../../shared/labels'
import { useAuth, useMe } from '../auth'
import { applyProblemToForm, PageHead } from '../components/list'
import { useChangePassword, useTotpSetup, useTotpSwitch } from './queries'

export function AccountPage() {
  const { t, lang } = useLang()
  const me = useMe()
  return (
    <>
      <PageHead title={t('账户安全', 'Account security')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('我的账户', 'My account')} className="lx-gap">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('用户名', 'Username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('姓名', 'Name')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('角色', 'Roles')}>
                <Space size={[4, 4]} wrap>
                  {me.roles.map((r) => (
                    <Tag key={`${r.role}-${r.scopeName}`} color="red">
                      {labelOf(roleLabels, r.role, lang)}
                      {r.scopeName ? ` · ${r.scopeName}` : ''}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('两步验证', 'Two-factor sign-in')}>
                {me.totpEnabled ? (
                  <Tag color="green">{t('已开启', 'On')}</Tag>
                ) : (
                  <Tag>{t('未开启', 'Off')}</Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <PasswordCard />
        </Col>
        <Col xs={24} xl={12}>
          <TotpCard />
        </Col>
      </Row>
    </>
  )
}

interface PasswordValues {
  currentPassword: string
  newPassword: string
  confirm: string
}

function PasswordCard() {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<PasswordValues>()
  const [error, setError] = useState<string | null>(null)
  const change = useChangePassword()
  const { refreshMe } = useAuth()
  const me = useMe()
  const submit = (v: PasswordValues) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          form.resetFields()
          setError(null)
          message.success(t('密码已修改', 'Password changed'))
          // A temporary password replaced: the rest of the console opens.
          if (me.passwordMustChange) void refreshMe()
        },
        onError: (e) => {
          if (!applyProblemToForm(form, e, lang))
            setError(e instanceof ApiProblem ? t(e.problem.message) : String(e))
          else setError(null)
        },
      },
    )
  return (
    <Card title={t('修改密码', 'Change password')}>
      <Alert
        className="lx-gap"
        type="info"
        title={t('密码要求', 'Password rules')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            <li>{t('8 到 128 个字符；', '8 to 128 characters;')}</li>
            <li>
              {t(
                '至少包含大写字母、小写字母、数字、符号中的三类；',
                'at least three of: upper-case letters, lower-case letters, digits, symbols;',
              )}
            </li>
            <li>{t('不能与最近 5 次用过的密码相同。', 'not one of your last 5 passwords.')}</li>
          </ul>
        }
      />
      {error && <Alert className="lx-gap" type="error" showIcon title={error} />}
      <Form form={form} layout="vertical" onFinish={submit} disabled={change.isPending}>
        <Form.Item
          name="currentPassword"
          label={t('当前密码', 'Current password')}
          rules={[{ required: true, message: t('请输入当前密码', 'Enter your current password') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('新密码', 'New password')}
          rules={[
            { required: true, message: t('请输入新密码', 'Enter a new password') },
            { min: 8, message: t('至少 8 个字符', 'At least 8 characters') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('再次输入新密码', 'Repeat the new password')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('请再次输入新密码', 'Repeat the new password') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('两次输入不一致', 'The two entries differ'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('修改密码', 'Change password')}
        </Button>
      </Form>
    </Card>
  )
}

function TotpCard() {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const { refreshMe } = useAuth()
  const me = useMe()
  const [setup, setSetup] = useState<TotpSetup | null>(null)
  const [form] = Form.useForm<{ code: string }>()
  const [error, setError] = useState<string | null>(null)
  const onError = (e: unknown) => {
    if (!applyProblemToForm(form, e, lang))
      setError(e instanceof ApiProblem ? t(e.problem.message) : String(e))
  }
  const start = useTotpSetup()
  const startSetup = () =>
    start.mutate(undefined, {
      onSuccess: (data) => {
        setError(null)
        setSetup(data)
      },
      onError,
    })
  const confirm = useTotpSwitch()
  const submitCode = (code: string) =>
    confirm.mutate(
      { on: !me.totpEnabled, code },
      {
        onSuccess: async () => {
          message.success(
            me.totpEnabled
              ? t('两步验证已关闭', 'Two-factor sign-in is off')
              : t('两步验证已开启', 'Two-factor sign-in is on'),
          )
          setSetup(null)
          setError(null)
          form.resetFields()
          await refreshMe()
        },
        onError,
      },
    )
  const codeField = (
    <Form form={form} layout="inline" onFinish={(v) => submitCode(v.code)} style={{ marginTop: 12 }}>
      <Form.Item
        name="code"
        rules={[
          {
            required: true,
            pattern: /^\d{6}$/,
            message: t('请输入 6 位数字验证码', 'Enter the 6-digit code'),
          },
        ]}
      >
        <Input
          placeholder={t('6 位验证码', '6-digit code')}
          inputMode="numeric"
          maxLength={6}
          autoComplete="one-time-code"
          style={{ width: 160 }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" danger={me.totpEnabled} loading={confirm.isPending}>
        {me.totpEnabled ? t('关闭两步验证', 'Turn off') : t('确认开启', 'Turn on')}
      </Button>
    </Form>
  )
  return (
    <Card title={t('两步验证（TOTP）', 'Two-factor sign-in (TOTP)')}>
      <Typography.Paragraph>
        {t(
          '开启后，登录时除密码外还需输入身份验证器应用（如 Microsoft Authenticator、Google 身份验证器或其他支持 TOTP 的应用）生成的 6 位数字。',
          'When on, signing in needs the 6-digit code from an authenticator app (Microsoft Authenticator, Google Authenticator or any TOTP app) as well as your password.',
        )}
      </Typography.Paragraph>
      {error && <Alert className="lx-gap" type="error" showIcon title={error} />}
      {me.totpEnabled ? (
        <>
          <Alert type="success" showIcon title={t('两步验证已开启', 'Two-factor sign-in is on')} />
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t(
              '如需关闭，请输入身份验证器当前显示的验证码：',
              'To turn it off, enter the code your app shows now:',
            )}
          </Typography.Paragraph>
          {codeField}
        </>
      ) : setup ? (
        <>
          <Typography.Paragraph>
            {t(
              '1. 用身份验证器应用扫描下面的二维码（或手动输入密钥）；2. 输入应用显示的 6 位数字完成开启。',
              '1. Scan this QR code with your authenticator app (or type the key); 2. enter the 6-digit code it shows.',
            )}
          </Typography.Paragraph>
          <Space align="start" size="large" wrap>
            <img
              className="lx-qr"
              alt={t('两步验证二维码', 'QR code for the authenticator app')}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`}
            />
            <div>
              <Typography.Text type="secondary">{t('密钥', 'Key')}</Typography.Text>
              <div>
                <Typography.Text className="lx-mono" copyable>
                  {setup.secret}
                </Typography.Text>
              </div>
            </div>
          </Space>
          {codeField}
        </>
      ) : (
        <Button type="primary" onClick={startSetup} loading={start.isPending}>
          {t('设置两步验证', 'Set up two-factor sign-in')}
        </Button>
      )}
    </Card>
  )
}
