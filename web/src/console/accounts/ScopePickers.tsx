import { Select } from 'antd'
import { useState } from 'react'
import type { Role } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { useDeputies } from '../deputies/queries'
import { TownSelect } from '../regions/TownSelect'
import { useUnits } from '../units/queries'
import { useVenues } from '../venues/queries'

/** What each role's grant is scoped to (the server's grantScopeOf, platform/access.ts). */
export type GrantScope = 'county' | 'town' | 'venue' | 'unit' | 'deputy'
export const SCOPE_OF: Record<Role, GrantScope> = {
  county_admin: 'county',
  town_staff: 'town',
  station_staff: 'venue',
  deputy: 'deputy',
  unit_staff: 'unit',
  integrity_liaison: 'county',
}

interface PickerProps {
  value?: string
  onChange?: (v: string | undefined) => void
  /** The name of the current value, when it is not among the first results (an account being edited). */
  currentLabel?: string
  id?: string
}

/** A picker that asks the server as one types: the first results of a list endpoint's `q`. */
function SearchPicker({
  value,
  onChange,
  currentLabel,
  id,
  placeholder,
  loading,
  options,
  onSearch,
}: PickerProps & {
  placeholder: string
  loading: boolean
  options: { value: string; label: string }[]
  onSearch: (q: string) => void
}) {
  const known =
    value && currentLabel && !options.some((o) => o.value === value)
      ? [{ value, label: currentLabel }, ...options]
      : options
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch }}
      placeholder={placeholder}
      loading={loading}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={known}
      style={{ width: '100%' }}
    />
  )
}

export function UnitPicker(props: PickerProps) {
  const { t } = useLang()
  const [q, setQ] = useState('')
  const units = useUnits({ q: q || undefined, limit: 30, offset: 0 })
  return (
    <SearchPicker
      {...props}
      placeholder={t('搜索承办单位名称或编号', 'Search units by name or code')}
      loading={units.isFetching}
      onSearch={(v) => setQ(v.trim())}
      options={(units.data?.items ?? [])
        .filter((u) => u.active)
        .map((u) => ({ value: u.id, label: `${u.name}（${u.regionName}）` }))}
    />
  )
}

export function VenuePicker(props: PickerProps) {
  const { t } = useLang()
  const [q, setQ] = useState('')
  const venues = useVenues({ q: q || undefined, limit: 30, offset: 0 })
  return (
    <SearchPicker
      {...props}
      placeholder={t('搜索联络阵地名称或编号', 'Search venues by name or code')}
      loading={venues.isFetching}
      onSearch={(v) => setQ(v.trim())}
      options={(venues.data?.items ?? []).map((v) => ({
        value: v.id,
        label: v.townName ? `${v.name}（${v.townName}）` : v.name,
      }))}
    />
  )
}

export function DeputyPicker(props: PickerProps) {
  const { t } = useLang()
  const [q, setQ] = useState('')
  const deputies = useDeputies({ q: q || undefined, limit: 30, offset: 0 })
  return (
    <SearchPicker
      {...props}
      placeholder={t('搜索代表姓名', 'Search deputies by name')}
      loading={deputies.isFetching}
      onSearch={(v) => setQ(v.trim())}
      options={(deputies.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
    />
  )
}

/** TownSelect in Form.Item's value/onChange protocol. */
export function TownPicker({ value, onChange }: PickerProps) {
  const { t } = useLang()
  return (
    <TownSelect
      width="100%"
      placeholder={t('选择镇（街道）', 'Choose a town')}
      value={value}
      onChange={(v) => onChange?.(v)}
    />
  )
}
