import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../shared/api/keys'
import { unwrap } from '../../shared/api/problem'
import type { AnswerStage } from '../../shared/api/types'
import { api, nextOffset, PAGE } from '../api'

export const answerKeys = queryKeys('public-answers')

export interface AnswerFilter {
  town?: string
  category?: string
  q?: string
  stage?: AnswerStage
  year?: number
}

/** GET /api/public/answers, page after page ("show more"). */
export function useAnswers(filter: AnswerFilter) {
  return useInfiniteQuery({
    queryKey: answerKeys.list({ ...filter }),
    initialPageParam: 0,
    placeholderData: keepPreviousData,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/public/answers', { params: { query: { ...filter, limit: PAGE, offset: pageParam } } }),
      ),
    getNextPageParam: nextOffset,
  })
}

/** The latest answered items, for the home page. */
export function useLatestAnswers(count: number) {
  return useQuery({
    queryKey: answerKeys.list({ latest: count }),
    queryFn: () =>
      unwrap(
        api.GET('/api/public/answers', { params: { query: { stage: 'answered', limit: count, offset: 0 } } }),
      ),
  })
}

/** GET /api/public/answers/{id}: one published item. */
export function useAnswer(id: string | undefined) {
  return useQuery({
    queryKey: answerKeys.detail(id),
    enabled: Boolean(id),
    queryFn: () => unwrap(api.GET('/api/public/answers/{id}', { params: { path: { id: id! } } })),
  })
}

/** GET /api/public/openness: the year's figures of openness. */
export function useOpenness(year: number) {
  return useQuery({
    queryKey: answerKeys.list({ openness: year }),
    queryFn: () => unwrap(api.GET('/api/public/openness', { params: { query: { year } } })),
  })
}
