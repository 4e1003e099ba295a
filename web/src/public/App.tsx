import { ConfigProvider } from 'antd-mobile'
import enUS from 'antd-mobile/es/locales/en-US'
import zhCN from 'antd-mobile/es/locales/zh-CN'
import { lazy, type ReactNode, Suspense, useEffect } from 'react'
import { Link, Route, Routes, useLocation, useSearchParams } from 'react-router'
import { useLang } from '../shared/i18n'
import { Loading } from './components/common'
import { DeputyPage } from './deputies/DeputyPage'
import { HomePage } from './home/HomePage'
import { NotFoundPage } from './NotFoundPage'
import { VenuePage } from './venues/VenuePage'

// The form and the tracking page load on demand: the home page and the QR landing pages stay light.
const SuggestPage = lazy(() => import('./suggest/SuggestPage').then((m) => ({ default: m.SuggestPage })))
const TrackPage = lazy(() => import('./track/TrackPage').then((m) => ({ default: m.TrackPage })))
const DutyPage = lazy(() => import('./duty/DutyPage').then((m) => ({ default: m.DutyPage })))
const LookupPage = lazy(() => import('./track/LookupPage').then((m) => ({ default: m.LookupPage })))
const MinePage = lazy(() => import('./mine/MinePage').then((m) => ({ default: m.MinePage })))
const RecoverPage = lazy(() => import('./mine/RecoverPage').then((m) => ({ default: m.RecoverPage })))
const FollowPage = lazy(() => import('./follow/FollowPage').then((m) => ({ default: m.FollowPage })))
const UnsubscribePage = lazy(() =>
  import('./follow/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })),
)
// The project map brings Leaflet and supercluster along; nothing else loads them.
const AnswersPage = lazy(() => import('./answers/AnswersPage').then((m) => ({ default: m.AnswersPage })))
const AnswerPage = lazy(() => import('./answers/AnswerPage').then((m) => ({ default: m.AnswerPage })))
const MapPage = lazy(() => import('./map/MapPage').then((m) => ({ default: m.MapPage })))
// The printable posters: staff pages outside the site's frame (no top bar or footer, on screen or on paper).
const posters = () => import('./posters/PosterPages')
const VenuePosterPage = lazy(() => posters().then((m) => ({ default: m.VenuePosterPage })))
const DeputyPosterPage = lazy(() => posters().then((m) => ({ default: m.DeputyPosterPage })))
const TownPostersPage = lazy(() => posters().then((m) => ({ default: m.TownPostersPage })))

export function App() {
  const { lang } = useLang()
  const { pathname } = useLocation()
  const bare = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
      <ScrollToTop key={pathname} />
      <Routes>
        <Route path="/venues/:id/poster" element={bare(<VenuePosterPage />)} />
        <Route path="/deputies/:id/poster" element={bare(<DeputyPosterPage />)} />
        <Route path="/towns/:code/posters" element={bare(<TownPostersPage />)} />
        <Route path="*" element={<Site />} />
      </Routes>
    </ConfigProvider>
  )
}

/** The citizen site: top bar, the page, footer. */
function Site() {
  const { lang, setLang, t } = useLang()
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  useEffect(() => {
    if (pathname !== '/map') document.title = t('代表在线·连心360', 'Deputies Online · Lianxin 360')
  }, [t, pathname])
  // The project map with `?embed=1`, inside the county's own map platform: without the site's frame.
  if (pathname === '/map' && params.get('embed') === '1')
    return (
      <Suspense fallback={<Loading />}>
        <MapPage embed />
      </Suspense>
    )
  return (
    <div className={pathname === '/map' ? 'lx-app lx-app-wide' : 'lx-app'}>
      <header className="lx-topbar">
        <Link to="/" className="lx-brand">
          <span className="lx-brand-mark" aria-hidden="true">
            连
          </span>
          <span>
            <strong>{t('连心', 'Lianxin')}</strong>
            <small>{t('德清县人大常委会', 'Deqing County People’s Congress')}</small>
          </span>
        </Link>
        <Link to="/map" className="lx-mine-link lx-map-link">
          {t('项目地图', 'Project map')}
        </Link>
        <Link to="/mine" className="lx-mine-link">
          {t('我的意见', 'My opinions')}
        </Link>
        <button
          type="button"
          className="lx-lang"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          aria-label={lang === 'zh' ? 'Switch to English' : '切换到中文'}
        >
          {lang === 'zh' ? 'EN' : '中文'}
        </button>
      </header>
      <main className="lx-main">
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/venues/:id" element={<VenuePage />} />
            <Route path="/deputies/:id" element={<DeputyPage />} />
            <Route path="/suggest" element={<SuggestPage />} />
            <Route path="/duty" element={<DutyPage />} />
            <Route path="/track" element={<LookupPage />} />
            <Route path="/track/:code" element={<TrackPage />} />
            <Route path="/mine" element={<MinePage />} />
            <Route path="/mine/recover" element={<RecoverPage />} />
            <Route path="/map" element={<MapPage />} />
            <Route path="/answers" element={<AnswersPage />} />
            <Route path="/answers/:id" element={<AnswerPage />} />
            <Route path="/follow" element={<FollowPage />} />
            <Route path="/follow/unsubscribe" element={<UnsubscribePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="lx-footer">
        <p>
          {t('德清县人民代表大会常务委员会', 'Standing Committee of the Deqing County People’s Congress')}
        </p>
        <p>
          <a href="/console/">{t('工作人员入口', 'Staff sign-in')}</a>
        </p>
      </footer>
    </div>
  )
}

/** Each page opens at the top: it mounts again, keyed by the path, whenever the path changes. */
function ScrollToTop() {
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [])
  return null
}
