import { DotLoading } from 'antd-mobile'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import './detail.css'

export function Loading() {
  const { t } = useLang()
  return (
    <div className="lx-state" role="status">
      <DotLoading color="primary" /> {t('加载中', 'Loading')}
    </div>
  )
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLang()
  const message =
    error instanceof ApiProblem
      ? t(error.problem.message)
      : t('加载失败，请稍后再试', 'Could not load; please try again')
  return (
    <div className="lx-state lx-state-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="lx-link-button" onClick={onRetry}>
          {t('重试', 'Retry')}
        </button>
      )}
    </div>
  )
}

export function BackLink() {
  const { t } = useLang()
  return (
    <Link to="/" className="lx-back">
      ‹ {t('返回首页', 'Back to home')}
    </Link>
  )
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="lx-section" id={id}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}

export function Field({ name, children }: { name: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null
  return (
    <div className="lx-field">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  )
}
