import { useState } from 'react'
import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'
import { LatestAnswers } from '../answers/LatestAnswers'
import { Section } from '../components/common'
import { DeputyFinder } from '../deputies/DeputyFinder'
import { VenueFinder } from '../venues/VenueFinder'
import './home.css'
import { TownFilter } from './TownFilter'

/** The home page: what the site is for, the three ways to reach a deputy, then venues and deputies by town. */
export function HomePage() {
  const { t } = useLang()
  const [town, setTown] = useState<string | undefined>()
  return (
    <>
      <section className="lx-hero">
        <h1>{t('代表在线·连心360', 'Deputies Online · Lianxin 360')}</h1>
        <p>
          {t(
            '有事找代表，随时找得到。全县每个镇（街道）都设有人大代表联络站，代表按排班坐班接待；代表也会走进村、社区和企业听取意见；您还可以在网上随时提出意见建议。每一条意见都有人受理、有人办理、有人回复您。',
            'Your deputies are always within reach. Every town and subdistrict has a liaison station where deputies receive people on a published schedule; deputies also visit villages, communities and firms; and you can send an opinion online at any time. Every opinion is accepted, handled and answered.',
          )}
        </p>
        <div className="lx-hero-actions">
          <a href="#venues" className="lx-button lx-button-light">
            {t('找联络站', 'Find a station')}
          </a>
          <a href="#deputies" className="lx-button lx-button-ghost">
            {t('找代表', 'Find a deputy')}
          </a>
        </div>
      </section>

      <Section title={t('三种方式找代表', 'Three ways to reach a deputy')}>
        <ol className="lx-channels">
          <li>
            <strong>{t('站内坐诊', 'In-station reception')}</strong>
            <span>
              {t(
                '代表按排班在联络站坐班，当面听取您的意见和诉求。',
                'Deputies sit at the liaison station on a published schedule and hear you in person.',
              )}
            </span>
            <span className="lx-channel-links">
              <Link to="/duty">{t('看排班', 'See the schedule')}</Link>
            </span>
          </li>
          <li>
            <strong>{t('流动巡诊', 'Mobile rounds')}</strong>
            <span>
              {t(
                '代表走进村、社区和企业，把联络站搬到您家门口。',
                'Deputies tour villages, communities and firms, bringing the station to your door.',
              )}
            </span>
          </li>
          <li>
            <strong>{t('线上问诊', 'Online')}</strong>
            <span>
              {t(
                '扫联络站码或代表码，或在本网站随时提交意见建议，凭查询链接查看办理进度。',
                'Scan a station or deputy QR code, or use this site, to send an opinion at any time and follow it with your tracking link.',
              )}
            </span>
            <span className="lx-channel-links">
              <Link to="/suggest">{t('提意见', 'Give an opinion')}</Link>
              <Link to="/track">{t('查进度', 'Track')}</Link>
              <Link to="/mine">{t('我的意见', 'My opinions')}</Link>
              <Link to="/answers">{t('办理公开', 'Published answers')}</Link>
            </span>
          </li>
        </ol>
      </Section>

      <LatestAnswers />

      <Section title={t('民生实事项目地图', 'Livelihood projects map')}>
        <p className="lx-map-teaser">
          {t(
            '每年的民生实事项目分解到各镇（街道）的点位，代表领办督查、按月报告。在地图上查看每个点位的进度：红色未开始，黄色进行中，蓝色已完成。',
            'Each year’s livelihood projects are split into sites across the towns; deputies lead their supervision and report monthly. See every site’s progress on the map: red not started, yellow in progress, blue completed.',
          )}
        </p>
        <Link to="/map" className="lx-button lx-button-primary lx-map-teaser-link">
          {t('查看项目地图', 'Open the project map')}
        </Link>
      </Section>

      <TownFilter value={town} onChange={setTown} />
      {town && (
        <p className="lx-follow-town">
          <Link to={`/follow?town=${town}`}>
            {t('关注本镇 · 公开答复与附议 ›', 'Follow this town · published answers ›')}
          </Link>
        </p>
      )}
      <VenueFinder town={town} />
      <DeputyFinder town={town} />
    </>
  )
}
