import { EnvironmentOutlined } from '@ant-design/icons'
import { Alert, Button } from 'antd'
import { useState } from 'react'
import type { Bilingual } from '../../shared/i18n'
import { useLang } from '../../shared/i18n'
import { locationProblem } from './report'

/** 记录当前位置: the phone's position for the report's check-in, when its user allows it (optional). */
export function WhereAmI({
  value,
  onChange,
}: {
  value: { lat: number; lng: number } | null
  onChange: (v: { lat: number; lng: number } | null) => void
}) {
  const { t } = useLang()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Bilingual | null>(null)
  const locate = () => {
    setProblem(null)
    if (!('geolocation' in navigator)) return setProblem(locationProblem('unsupported'))
    setBusy(true)
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setBusy(false)
        onChange({ lat: p.coords.latitude, lng: p.coords.longitude })
      },
      (e) => {
        setBusy(false)
        setProblem(locationProblem(e.code))
      },
      { timeout: 10_000, maximumAge: 60_000, enableHighAccuracy: true },
    )
  }
  return (
    <div className="lx-where">
      {value ? (
        <div className="lx-colour-counts">
          <span data-testid="check-in">
            <EnvironmentOutlined /> {value.lat.toFixed(5)}, {value.lng.toFixed(5)}
          </span>
          <Button size="small" type="link" onClick={() => onChange(null)}>
            {t('清除', 'Clear')}
          </Button>
        </div>
      ) : (
        <Button icon={<EnvironmentOutlined />} loading={busy} onClick={locate}>
          {t('记录当前位置', 'Record where I am')}
        </Button>
      )}
      {problem && (
        <Alert className="lx-gap" type="warning" showIcon title={t(problem)} data-testid="location-problem" />
      )}
    </div>
  )
}
