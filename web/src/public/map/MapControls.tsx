import { useLang } from '../../shared/i18n'
import { type ProjectsOverview, type SiteStatus, STATUS_COLOUR, STATUSES, statusLabels } from './projects'

interface Values {
  month: string | undefined
  project: string | undefined
  town: string | undefined
  status: SiteStatus | undefined
  showVenues: boolean
}

/** Year and month end, project, town and status, and the venues layer: each a search parameter of the page. */
export function MapControls({
  overview: o,
  values,
  onChange,
}: {
  overview: ProjectsOverview
  values: Values
  onChange: (changes: Record<string, string | undefined>) => void
}) {
  const { t } = useLang()
  return (
    <div className="lx-map-controls">
      <div className="lx-map-selects">
        <label>
          <span>{t('年度', 'Year')}</span>
          <select
            value={o.year ?? ''}
            onChange={(e) => onChange({ year: e.target.value, month: undefined, project: undefined })}
            data-testid="map-year"
          >
            {o.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('时点', 'As at')}</span>
          <select
            value={values.month ?? ''}
            onChange={(e) => onChange({ month: e.target.value || undefined })}
            data-testid="map-month"
          >
            <option value="">{t('实时', 'Live')}</option>
            {[...o.months].reverse().map((m) => (
              <option key={m} value={m}>
                {t(`${Number(m.slice(5))} 月末`, `End of ${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('项目', 'Project')}</span>
          <select
            value={values.project ?? ''}
            onChange={(e) => onChange({ project: e.target.value || undefined })}
            data-testid="map-project"
          >
            <option value="">
              {t(`全部项目（${o.projects.length}）`, `All projects (${o.projects.length})`)}
            </option>
            {o.projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}（{p.sites}）
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('镇（街道）', 'Town')}</span>
          <select
            value={values.town ?? ''}
            onChange={(e) => onChange({ town: e.target.value || undefined })}
            data-testid="map-town"
          >
            <option value="">{t('全部镇（街道）', 'All towns')}</option>
            {o.towns.map((town) => (
              <option key={town.code} value={town.code}>
                {town.name}（{town.sites}）
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="lx-map-chips" aria-label={t('按状态筛选', 'Filter by status')}>
        <button
          type="button"
          className="lx-chip"
          aria-pressed={!values.status}
          onClick={() => onChange({ status: undefined })}
        >
          {t('全部', 'All')}
        </button>
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={`lx-chip lx-chip-${STATUS_COLOUR[s]}`}
            aria-pressed={values.status === s}
            data-testid={`map-status-${s}`}
            onClick={() => onChange({ status: values.status === s ? undefined : s })}
          >
            <i aria-hidden="true" />
            {t(statusLabels[s])}
          </button>
        ))}
        <label className="lx-chip lx-chip-toggle">
          <input
            type="checkbox"
            checked={values.showVenues}
            onChange={(e) => onChange({ venues: e.target.checked ? '1' : undefined })}
            data-testid="map-venues"
          />
          {t('联络站', 'Stations')}
        </label>
      </fieldset>
    </div>
  )
}
