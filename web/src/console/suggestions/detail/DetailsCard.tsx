import { Card, Descriptions } from 'antd'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { channelLabels, label, placeOf, termIn, tierLabels } from '../../../shared/labels'
import { Contact } from './Contact'

/** 基本信息: channel, tier, category, place, addressee, contact and the handling units. */
export function DetailsCard({ detail: d }: { detail: SuggestionDetail }) {
  const { t, lang } = useLang()
  const lead = d.units.find((u) => u.role === 'lead')
  const co = d.units.filter((u) => u.role !== 'lead')
  return (
    <Card title={t('基本信息', 'Details')} size="small">
      <Descriptions column={1} size="small" styles={{ label: { width: 96 } }}>
        <Descriptions.Item label={t('渠道', 'Channel')}>
          {label(channelLabels, d.channel, lang)}
        </Descriptions.Item>
        <Descriptions.Item label={t('办理层级', 'Tier')}>
          {d.tier ? label(tierLabels, d.tier, lang) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('类别', 'Category')}>
          {termIn(lang, d.categoryName, d.categoryNameEn) ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('地点', 'Place')}>{placeOf(lang, d)}</Descriptions.Item>
        <Descriptions.Item label={t('提交给', 'Addressed to')}>
          {[d.venue?.name, d.deputy?.name].filter(Boolean).join(' · ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('联系人', 'Contact')}>
          <Contact detail={d} />
        </Descriptions.Item>
        <Descriptions.Item label={t('主办单位', 'Lead unit')}>{lead?.name ?? '—'}</Descriptions.Item>
        {co.length > 0 && (
          <Descriptions.Item label={t('协办单位', 'Co-units')}>
            {co.map((u) => u.name).join('、')}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  )
}
