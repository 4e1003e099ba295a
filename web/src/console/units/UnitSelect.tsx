import { Select } from 'antd'
import { useLang } from '../../shared/i18n'
import { useUnitsOfRegions } from './queries'

/**
 * Handling units for an assignment, grouped by region: a town-tier item goes to that town's government or
 * platforms, a county-tier item to the county's departments, commission, court and procuratorate.
 */
export function UnitSelect({
  regionCodes,
  value,
  onChange,
  multiple,
  placeholder,
  id,
}: {
  regionCodes: string[]
  value?: string | string[]
  onChange?: (v: string | string[] | undefined) => void
  multiple?: boolean
  placeholder?: string
  id?: string
}) {
  const { t } = useLang()
  const units = useUnitsOfRegions(regionCodes)
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? t('选择承办单位', 'Choose a unit')}
      loading={units.isPending}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={units.groups.map((g) => ({
        label: g.items[0]?.regionName ?? g.regionCode,
        title: g.regionCode,
        options: g.items.map((u) => ({ value: u.id, label: u.name })),
      }))}
    />
  )
}
