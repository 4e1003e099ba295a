import { SafetyOutlined } from '@ant-design/icons'
import { Button, Result } from 'antd'
import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'

/** The integrity-monitoring module is built separately; until then say so honestly. */
export function IntegrityPage() {
  const { t } = useLang()
  return (
    <div className="lx-empty-module">
      <Result
        icon={<SafetyOutlined style={{ color: '#b71c1c' }} />}
        title={t('廉情监测模块', 'Integrity monitoring module')}
        subTitle={t(
          '您的工作在廉情监测模块中进行：廉情信息、信息互通、联合督查和问题移送。该模块尚未开通，开通后会出现在这里；目前这里没有任何数据。',
          'Your work happens in the integrity monitoring module: clues, information exchange, joint inspections and referrals. The module is not open yet and will appear here when it is; there is no data here yet.',
        )}
        extra={
          <Link to="/account">
            <Button>{t('账户安全设置', 'Account security')}</Button>
          </Link>
        }
      />
    </div>
  )
}
