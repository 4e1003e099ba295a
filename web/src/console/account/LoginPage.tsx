import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Form, Input } from 'antd'
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import { type Bilingual, useLang } from '../../shared/i18n'
import { countyDateTime } from '../../shared/time'
import { useAuth } from '../auth'
import { LanguageSwitch } from '../Layout'

interface LoginForm {
  username: string
  password: string
  totp?: string
}

function formatTime(iso: string, lang: 'zh' | 'en'): string {
  // County time, whatever the browser's zone: "2027-01-04 09:30" (Beijing time).
  const time = countyDateTime(iso)
  return time === iso ? iso : lang === 'zh' ? `${time}（北京时间）` : `${time} (China time)`
}

export function LoginPage() {
  const { t } = useLang()
  const { login, state } = useAuth()
  const navigate = useNavigate()
  const location = useLocation()
  const [form] = Form.useForm<LoginForm>()
  const [needTotp, setNeedTotp] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<{ message: Bilingual; lockedUntil?: string } | null>(null)
  const notice = state.status === 'signed-out' ? state.notice : null
  const from = (location.state as { from?: string } | null)?.from

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true)
    setError(null)
    try {
      await login({
        username: values.username.trim(),
        password: values.password,
        totp: values.totp || undefined,
      })
      navigate(from && from !== '/login' ? from : '/', { replace: true })
    } catch (e) {
      if (!(e instanceof ApiProblem)) throw e
      const p = e.problem
      if (p.code === 'totp_required') {
        // First time: just reveal the code field; after a wrong code, say why.
        if (needTotp) setError({ message: p.message })
        setNeedTotp(true)
        form.setFieldValue('totp', '')
      } else if (p.code === 'account_locked') {
        setError({ message: p.message, lockedUntil: p.lockedUntil })
      } else {
        setError({ message: p.message })
        if (p.code === 'validation_error' && p.field) {
          const name = p.field.replace(/^body\./, '') as keyof LoginForm
          form.setFields([{ name, errors: [t(p.message)] }])
        }
      }
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <div className="lx-login">
      <div className="lx-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="lx-login-card">
        <div className="lx-login-title">
          <span className="lx-logo-mark" style={{ margin: '0 auto', width: 44, height: 44, fontSize: 22 }}>
            连
          </span>
          <h1>{t('连心 · 工作人员登录', 'Lianxin · Staff sign-in')}</h1>
          <div style={{ color: '#8c8c8c' }}>
            {t('德清县人大代表联络平台', 'Deqing County deputy liaison platform')}
          </div>
        </div>
        {notice && !error && <Alert className="lx-gap" type="warning" showIcon title={t(notice)} />}
        {error && (
          <Alert
            className="lx-gap"
            type="error"
            showIcon
            role="alert"
            data-testid="login-error"
            title={t(error.message)}
            description={
              error.lockedUntil
                ? t(
                    `账户已锁定，请于 ${formatTime(error.lockedUntil, 'zh')} 后再试，或联系管理员解锁。`,
                    `The account is locked until ${formatTime(error.lockedUntil, 'en')}; try again then or ask an administrator.`,
                  )
                : undefined
            }
          />
        )}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={submitting}>
          <Form.Item
            name="username"
            label={t('用户名', 'Username')}
            rules={[{ required: true, message: t('请输入用户名', 'Enter your username') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('密码', 'Password')}
            rules={[{ required: true, message: t('请输入密码', 'Enter your password') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          {needTotp && (
            <Form.Item
              name="totp"
              label={t('两步验证码（6 位数字）', 'Authenticator code (6 digits)')}
              extra={t(
                '请打开身份验证器应用，输入当前显示的 6 位数字。',
                'Open your authenticator app and enter the 6-digit code it shows.',
              )}
              rules={[
                { required: true, message: t('请输入验证码', 'Enter the code') },
                { pattern: /^\d{6}$/, message: t('验证码为 6 位数字', 'The code has 6 digits') },
              ]}
            >
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                size="large"
                autoFocus
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('登录', 'Sign in')}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
