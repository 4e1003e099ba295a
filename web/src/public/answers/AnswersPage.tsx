import { type FormEvent, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { AnswerStage } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { countyDay } from '../../shared/time'
import { BackLink, LoadError, Loading } from '../components/common'
import { useTowns } from '../regions/queries'
import { useCategories } from '../suggest/queries'
import { AnswerCard } from './AnswerCard'
import { OpennessFigures } from './OpennessFigures'
import { useAnswers } from './queries'
import '../venues/venues.css'
import './answers.css'

/** 办理公开: the published questions and answers, by town, category and stage, with a word search. */
export function AnswersPage() {
  const { t, lang } = useLang()
  const [params, setParams] = useSearchParams()
  const town = params.get('town') ?? undefined
  const category = params.get('category') ?? undefined
  const q = params.get('q') ?? undefined
  const stage = (params.get('stage') as AnswerStage | null) ?? undefined
  const year = Number(params.get('year')) || undefined
  const thisYear = Number(countyDay().slice(0, 4))
  const [words, setWords] = useState(q ?? '')
  const towns = useTowns()
  const categories = useCategories()
  const answers = useAnswers({ town, category, q, stage, year })
  const items = answers.data?.pages.flatMap((p) => p.items) ?? []
  const total = answers.data?.pages[0]?.total ?? 0

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
  }
  const search = (e: FormEvent) => {
    e.preventDefault()
    set('q', words.trim() || undefined)
  }

  return (
    <article className="lx-detail">
      <BackLink />
      <header className="lx-detail-head">
        <h1>{t('办理公开', 'Published answers')}</h1>
        <p className="lx-muted lx-small">
          {t(
            '经群众同意、隐去姓名电话等个人信息后公开的意见建议及办理答复。',
            'Opinions and their answers, published with the citizens’ consent and without their names, phone numbers or other personal details.',
          )}
        </p>
      </header>

      <OpennessFigures />

      <form className="lx-answers-search" onSubmit={search}>
        <input
          type="search"
          value={words}
          onChange={(e) => setWords(e.target.value)}
          placeholder={t('搜索：路灯、停车…', 'Search: street lights, parking…')}
          aria-label={t('搜索', 'Search')}
          maxLength={100}
        />
        <button type="submit" className="lx-button lx-button-primary">
          {t('搜索', 'Search')}
        </button>
      </form>

      <div className="lx-answers-filters">
        <select
          aria-label={t('镇（街道）', 'Town')}
          value={town ?? ''}
          onChange={(e) => set('town', e.target.value || undefined)}
        >
          <option value="">{t('全县', 'Whole county')}</option>
          {towns.data?.items.map((x) => (
            <option key={x.code} value={x.code}>
              {lang === 'en' && x.nameEn ? x.nameEn : x.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('类别', 'Category')}
          value={category ?? ''}
          onChange={(e) => set('category', e.target.value || undefined)}
        >
          <option value="">{t('全部类别', 'All categories')}</option>
          {categories.data?.items.map((c) => (
            <option key={c.code} value={c.code}>
              {lang === 'en' && c.nameEn ? c.nameEn : c.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('年份', 'Year')}
          value={year ?? ''}
          onChange={(e) => set('year', e.target.value || undefined)}
        >
          <option value="">{t('全部年份', 'All years')}</option>
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {t(`${y} 年`, String(y))}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="lx-chips lx-chips-small" aria-label={t('办理阶段', 'Stage')}>
        {(
          [
            [undefined, t('全部', 'All')],
            ['answered', t('已答复', 'Answered')],
            ['open', t('处理中', 'In progress')],
          ] as const
        ).map(([value, text]) => (
          <button
            key={text}
            type="button"
            className="lx-chip"
            aria-pressed={stage === value}
            onClick={() => set('stage', value)}
          >
            {text}
          </button>
        ))}
      </fieldset>

      {answers.isPending ? (
        <Loading />
      ) : answers.isError ? (
        <LoadError error={answers.error} onRetry={() => answers.refetch()} />
      ) : items.length === 0 ? (
        <p className="lx-empty">{t('没有符合条件的公开答复。', 'No published answers match.')}</p>
      ) : (
        <>
          <p className="lx-count" data-testid="answers-count">
            {t(`共 ${total} 条`, `${total} items`)}
          </p>
          <ul className="lx-cards">
            {items.map((item) => (
              <li key={item.id}>
                <AnswerCard item={item} />
              </li>
            ))}
          </ul>
          {answers.hasNextPage && (
            <button
              type="button"
              className="lx-more"
              onClick={() => answers.fetchNextPage()}
              disabled={answers.isFetchingNextPage}
            >
              {answers.isFetchingNextPage ? t('加载中…', 'Loading…') : t('查看更多', 'Show more')}
            </button>
          )}
        </>
      )}
    </article>
  )
}
