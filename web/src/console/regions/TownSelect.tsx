import { Select } from 'antd'
import { useLang } from '../../shared/i18n'
import { useTowns } from './queries'

/** A town picker (towns in the caller's scope) for list filters and forms. */
export function TownSelect({
  value,
  onChange,
  width = 180,
  placeholder,
}: {
  value: string | undefined
  onChange: (code: string | undefined) => void
  width?: number | string
  placeholder?: string
}) {
  const { t, lang } = useLang()
  const towns = useTowns()
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width }}
      placeholder={placeholder ?? t('全部镇（街道）', 'All towns')}
      loading={towns.isPending}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={(towns.data?.items ?? []).map((r) => ({
        value: r.code,
        label: lang === 'en' && r.nameEn ? r.nameEn : r.name,
      }))}
      aria-label={t('镇（街道）', 'Town')}
    />
  )
}
