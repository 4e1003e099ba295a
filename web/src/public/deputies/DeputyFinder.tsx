import { SearchBar } from 'antd-mobile'
import { useState } from 'react'
import { Link } from 'react-router'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, labelOf } from '../../shared/labels'
import { LoadError, Loading, Section } from '../components/common'
import './deputies.css'
import { useDeputies } from './queries'

/** 找代表: the deputies of the chosen town, searched by name, page after page. */
export function DeputyFinder({ town }: { town: string | undefined }) {
  const { t, lang } = useLang()
  const [q, setQ] = useState('')
  const deputies = useDeputies(town, q)
  const items = deputies.data?.pages.flatMap((p) => p.items) ?? []
  const total = deputies.data?.pages[0]?.total ?? 0
  return (
    <Section title={t('找代表', 'Find a deputy')} id="deputies">
      <SearchBar
        placeholder={t('输入代表姓名', 'Type a deputy’s name')}
        onSearch={(value) => setQ(value.trim())}
        onClear={() => setQ('')}
        style={{ '--height': '40px', '--border-radius': '20px' }}
      />
      {deputies.isPending ? (
        <Loading />
      ) : deputies.isError ? (
        <LoadError error={deputies.error} onRetry={() => deputies.refetch()} />
      ) : items.length === 0 ? (
        <p className="lx-empty">{t('没有找到代表。', 'No deputy found.')}</p>
      ) : (
        <>
          <p className="lx-count">{t(`共 ${total} 位代表`, `${total} deputies`)}</p>
          <ul className="lx-people">
            {items.map((d) => (
              <li key={d.id}>
                <Link to={`/deputies/${d.id}`} className="lx-person">
                  <span className="lx-avatar" aria-hidden="true">
                    {d.name.slice(0, 1)}
                  </span>
                  <span className="lx-person-body">
                    <strong>{d.name}</strong>
                    <small>
                      {[...new Set(d.levels.map((l) => labelOf(deputyLevelLabels, l.level, lang)))].join(
                        ' · ',
                      )}
                    </small>
                    <small className="lx-muted">
                      {d.townName}
                      {d.occupation ? ` · ${d.occupation}` : ''}
                    </small>
                  </span>
                  <span className="lx-chevron" aria-hidden="true">
                    ›
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {deputies.hasNextPage && (
            <button
              type="button"
              className="lx-more"
              onClick={() => deputies.fetchNextPage()}
              disabled={deputies.isFetchingNextPage}
            >
              {deputies.isFetchingNextPage ? t('加载中…', 'Loading…') : t('查看更多', 'Show more')}
            </button>
          )}
        </>
      )}
    </Section>
  )
}
