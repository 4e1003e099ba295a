import { SafetyOutlined } from '@ant-design/icons'
import { Card, Empty, Statistic } from 'antd'
import { useLang } from '../../shared/i18n'
import { PageHead } from '../components/list'

const SECTIONS = [
  { key: 'clues', zh: '廉情信息', en: 'Integrity clues' },
  { key: 'exchange', zh: '信息互通', en: 'Information exchange' },
  { key: 'inspections', zh: '联合督查', en: 'Joint inspections' },
  { key: 'referrals', zh: '问题移送', en: 'Referrals' },
]

/** 廉情监测: the integrity liaison's landing; it holds no records yet, and says what will be here. */
export function IntegrityPage() {
  const { t } = useLang()
  return (
    <div data-testid="integrity-workspace">
      <PageHead title={t('廉情监测工作台', 'Integrity monitoring')} />
      <div className="lx-figures">
        {SECTIONS.map((s) => (
          <Card key={s.key} size="small">
            <Statistic title={t(s.zh, s.en)} value={0} />
          </Card>
        ))}
      </div>
      <Card size="small">
        <Empty
          image={<SafetyOutlined style={{ fontSize: 48, color: '#b71c1c' }} />}
          styles={{ image: { height: 56 } }}
          description={t(
            '暂无廉情事项。收到的廉情信息、与纪委监委的信息互通、联合督查和问题移送都会列在这里，按处理期限排序。',
            'No integrity items yet. Clues received, information exchanged with the discipline commission, joint inspections and referrals will be listed here, by their deadline.',
          )}
        />
      </Card>
    </div>
  )
}
