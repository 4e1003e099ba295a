import { useLang } from '../../shared/i18n'

/** The key to the month grids' colours and marks. */
export function Legend() {
  const { t } = useLang()
  const items: { className: string; sample: string; text: string }[] = [
    { className: 'is-holiday', sample: t('休', 'H'), text: t('放假', 'Holiday') },
    { className: 'is-makeup', sample: t('班', 'W'), text: t('调休上班', 'Make-up working day') },
    { className: 'is-rest', sample: t('六', 'Sa'), text: t('周末', 'Weekend') },
    { className: 'is-override', sample: '', text: t('本县调整', "County's correction") },
    {
      className: 'is-holiday is-provisional',
      sample: t('休', 'H'),
      text: t('暂定（虚线框）', 'Provisional (dashed)'),
    },
  ]
  return (
    <div className="lx-cal-legend" data-testid="calendar-legend">
      {items.map((i) => (
        <span key={i.text} className="lx-cal-legend-item">
          <span className={`lx-cal-day lx-cal-swatch ${i.className}`} aria-hidden="true">
            {i.sample}
          </span>
          {i.text}
        </span>
      ))}
    </div>
  )
}
