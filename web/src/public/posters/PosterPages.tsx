import { type ReactNode, useEffect } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { useLang } from '../../shared/i18n'
import { LoadError, Loading } from '../components/common'
import { useDeputy } from '../deputies/queries'
import { useTowns } from '../regions/queries'
import { useVenue } from '../venues/queries'
import { DeputyPoster, VenuePoster } from './Poster'
import { useTownPosterSubjects } from './queries'

/**
 * The printable posters: public pages (everything on them is public), outside the site's frame. Staff open them
 * from a venue's or deputy's page, or a town's batch, and print from the browser: the toolbar is not printed and
 * each poster fills one A4 page.
 */
function PosterFrame({
  title,
  back,
  town,
  children,
}: {
  title: string
  back: ReactNode
  town?: ReactNode
  children: ReactNode
}) {
  const { t } = useLang()
  useEffect(() => {
    document.title = title
  }, [title])
  return (
    <div className="lx-posters">
      <div className="lx-poster-toolbar" role="toolbar">
        {back}
        {town}
        <button type="button" className="lx-button lx-button-primary" onClick={() => window.print()}>
          {t('打印', 'Print')}
        </button>
        <p className="lx-poster-hint">
          {t(
            '用 A4 纸纵向打印；每张海报一页，二维码请勿缩小到 3 厘米以下。',
            'Print on A4, portrait; one poster a page. Do not shrink the code below 3 cm.',
          )}
        </p>
      </div>
      {children}
    </div>
  )
}

function TownLink({ code }: { code: string | null | undefined }) {
  const { t } = useLang()
  if (!code) return null
  return <Link to={`/towns/${code}/posters`}>{t('本镇（街道）全部海报', 'All posters of this town')}</Link>
}

export function VenuePosterPage() {
  const { id } = useParams()
  const { t } = useLang()
  const venue = useVenue(id)
  return (
    <PosterFrame
      title={`${venue.data?.name ?? ''} 海报`}
      back={<Link to={`/venues/${id}`}>‹ {t('联络阵地页面', 'Venue page')}</Link>}
      town={<TownLink code={venue.data?.townCode} />}
    >
      <VenuePoster id={id!} />
    </PosterFrame>
  )
}

export function DeputyPosterPage() {
  const { id } = useParams()
  const { t } = useLang()
  const deputy = useDeputy(id)
  return (
    <PosterFrame
      title={`${deputy.data?.name ?? ''} 代表码海报`}
      back={<Link to={`/deputies/${id}`}>‹ {t('代表页面', 'Deputy page')}</Link>}
      town={<TownLink code={deputy.data?.townCode} />}
    >
      <DeputyPoster id={id!} />
    </PosterFrame>
  )
}

const SHOW = ['all', 'venues', 'deputies'] as const

/** All the posters of a town in one print: its venues' codes, then its deputies' codes (代表码). */
export function TownPostersPage() {
  const { code } = useParams()
  const { t } = useLang()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const show = SHOW.find((s) => s === params.get('show')) ?? 'all'
  const towns = useTowns()
  const subjects = useTownPosterSubjects(code)
  const town = towns.data?.items.find((r) => r.code === code)
  const venues = show === 'deputies' ? [] : (subjects.data?.venues ?? [])
  const deputies = show === 'venues' ? [] : (subjects.data?.deputies ?? [])
  return (
    <PosterFrame
      title={`${town?.name ?? ''} 海报`}
      back={<Link to="/">‹ {t('首页', 'Home')}</Link>}
      town={
        <>
          <select
            aria-label={t('镇（街道）', 'Town')}
            value={code}
            onChange={(e) =>
              navigate(`/towns/${e.target.value}/posters${show === 'all' ? '' : `?show=${show}`}`)
            }
          >
            {!town && <option value={code}>{code}</option>}
            {towns.data?.items.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <select
            aria-label={t('打印哪些', 'Which posters')}
            value={show}
            onChange={(e) => setParams(e.target.value === 'all' ? {} : { show: e.target.value })}
          >
            <option value="all">{t('全部', 'All')}</option>
            <option value="venues">{t('联络阵地', 'Venues')}</option>
            <option value="deputies">{t('代表码', 'Deputies')}</option>
          </select>
          {subjects.data && (
            <span className="lx-poster-count" data-testid="poster-count">
              {t(
                `共 ${venues.length + deputies.length} 张：联络阵地 ${venues.length}，代表 ${deputies.length}`,
                `${venues.length + deputies.length} posters: ${venues.length} venues, ${deputies.length} deputies`,
              )}
            </span>
          )}
        </>
      }
    >
      {subjects.isPending && <Loading />}
      {subjects.isError && <LoadError error={subjects.error} onRetry={() => subjects.refetch()} />}
      {subjects.data && venues.length + deputies.length === 0 && (
        <p className="lx-empty">
          {t('这个镇（街道）还没有联络阵地和代表。', 'No venues or deputies in this town yet.')}
        </p>
      )}
      {venues.map((v) => (
        <VenuePoster key={v.id} id={v.id} />
      ))}
      {deputies.map((d) => (
        <DeputyPoster key={d.id} id={d.id} />
      ))}
    </PosterFrame>
  )
}
