import { Alert, Form, Radio, Space } from 'antd'
import type { SuggestionDetail } from '../../../../shared/api/types'
import { useLang } from '../../../../shared/i18n'
import { codesOf, label, tierLabels } from '../../../../shared/labels'
import { UnitSelect } from '../../../units/UnitSelect'
import { countyOf } from '../../common'

// The fields of sending an item on: 流转 (to which tier) and 交办 (to which units).

/** 流转至: town tier, county tier or a formal deputy proposal. */
export function TierField() {
  const { t, lang } = useLang()
  return (
    <Form.Item
      name="tier"
      label={t('流转至', 'Route to')}
      rules={[{ required: true, message: t('请选择', 'Choose one') }]}
    >
      <Radio.Group>
        <Space direction="vertical">
          {codesOf(tierLabels).map((x) => (
            <Radio key={x} value={x}>
              {label(tierLabels, x, lang)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Form.Item>
  )
}

/** 主办单位 and 协办单位, from the units of the item's tier (its town's, or the county's). */
export function UnitsField({ detail }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  const regionCode = detail.tier === 'town' && detail.townCode ? detail.townCode : countyOf(detail.regionCode)
  return (
    <>
      <Alert
        className="lx-gap"
        type="info"
        title={
          detail.tier === 'town'
            ? t(
                `本件为镇(街道)办理，可交办给${detail.townName ?? ''}的单位。`,
                'A town-tier item: assign it to a unit of its town.',
              )
            : t('本件为县级办理，可交办给县级部门。', 'A county-tier item: assign it to a county department.')
        }
      />
      <Form.Item
        name="leadUnitId"
        label={t('主办单位', 'Lead unit')}
        rules={[{ required: true, message: t('请选择主办单位', 'Choose the lead unit') }]}
      >
        <UnitSelect regionCodes={[regionCode]} />
      </Form.Item>
      <Form.Item name="coUnitIds" label={t('协办单位（选填）', 'Co-handling units (optional)')}>
        <UnitSelect regionCodes={[regionCode]} multiple />
      </Form.Item>
    </>
  )
}
