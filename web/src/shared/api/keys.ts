/**
 * The one query-key scheme of both apps: `[module, 'list', filter]` for a list (any filter, paging
 * included), `[module, 'detail', id, …]` for one record, `[module, 'count', filter]` for a count. Invalidation
 * is written against it: `keys.all` drops everything of a module, `keys.lists` every list of it, `keys.detail(id)`
 * one record.
 */
export function queryKeys<M extends string>(module: M) {
  return {
    all: [module] as const,
    lists: [module, 'list'] as const,
    list: (filter: object = {}) => [module, 'list', filter] as const,
    details: [module, 'detail'] as const,
    detail: (id: string | undefined, params?: object) =>
      params === undefined ? ([module, 'detail', id] as const) : ([module, 'detail', id, params] as const),
    count: (filter: object = {}) => [module, 'count', filter] as const,
  }
}
