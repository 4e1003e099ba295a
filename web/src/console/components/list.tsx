import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, type FormInstance, type TablePaginationConfig } from 'antd'
import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { ApiProblem, problemFieldName } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'

const DEFAULT_PAGE_SIZE = 20

/**
 * List state kept in the URL (filters, page, page size), so a reload or a shared link shows the same list
 * and the export link can carry exactly the filters on screen.
 */
export function useListParams<K extends string>(filterKeys: readonly K[]) {
  const [params, setParams] = useSearchParams()
  const page = Math.max(1, Number(params.get('page')) || 1)
  const pageSize = Math.min(500, Math.max(1, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE))
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) || undefined])) as Record<
    K,
    string | undefined
  >
  const setFilters = (patch: Partial<Record<K, string | undefined | null>>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(patch) as [K, string | undefined | null][]) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        next.delete('page')
        return next
      },
      { replace: true },
    )
  }
  const setFilter = (key: K, value: string | undefined | null) =>
    setFilters({ [key]: value } as Partial<Record<K, string | undefined | null>>)
  const setPage = (nextPage: number, nextSize: number) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        next.set('page', String(nextSize !== pageSize ? 1 : nextPage))
        next.set('pageSize', String(nextSize))
        return next
      },
      { replace: true },
    )
  }
  return {
    filters,
    setFilter,
    setFilters,
    page,
    pageSize,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    setPage,
  }
}

export function usePagination(
  list: { page: number; pageSize: number; setPage: (page: number, size: number) => void },
  total: number | undefined,
): TablePaginationConfig {
  const { t } = useLang()
  return {
    current: list.page,
    pageSize: list.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100, 200],
    showTotal: (n) => <span data-testid="list-total">{t(`共 ${n} 条`, `${n} in total`)}</span>,
    onChange: list.setPage,
  }
}

export function exportHref(name: string, filters: Record<string, string | undefined>): string {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(filters)) if (v) qs.set(k, v)
  const query = qs.toString()
  return `/api/export/${name}${query ? `?${query}` : ''}`
}

export function ExportButton({
  name,
  filters,
}: {
  name: string
  filters: Record<string, string | undefined>
}) {
  const { t } = useLang()
  return (
    <Button icon={<DownloadOutlined />} href={exportHref(name, filters)} download>
      {t('导出 Excel', 'Export to Excel')}
    </Button>
  )
}

export function PageHead({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <div className="lx-page-head">
      <h1>{title}</h1>
      {extra}
    </div>
  )
}

export function ListError({ error }: { error: unknown }) {
  const { t } = useLang()
  if (!error) return null
  const message =
    error instanceof ApiProblem
      ? t(error.problem.message)
      : t('加载失败，请稍后重试', 'Could not load; try again')
  return <Alert className="lx-gap" type="error" showIcon title={message} />
}

/**
 * Shows a problem on a form: each named field gets its message; returns false when no field matched
 * (the caller then shows the message in a notice).
 */
export function applyProblemToForm(form: FormInstance, error: unknown, lang: 'zh' | 'en'): boolean {
  if (!(error instanceof ApiProblem)) return false
  const p = error.problem
  const entries = p.errors?.length ? p.errors : p.field ? [{ field: p.field, message: p.message }] : []
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')))
  const known = entries
    .map((e) => ({ name: problemFieldName(e.field), message: e.message[lang] }))
    .filter((e): e is { name: string; message: string } => Boolean(e.name) && registered.has(e.name!))
  // "summer.from" is the nested field ['summer', 'from'] (and "days.3.name" ['days', 3, 'name']).
  const path = (name: string) => name.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  form.setFields(known.map((e) => ({ name: path(e.name), errors: [e.message] })))
  return known.length > 0
}
