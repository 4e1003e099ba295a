import { useMutation, useQueryClient } from '@tanstack/react-query'
import { unwrap } from '../../shared/api/problem'
import { useApi } from '../auth'
import { regionKeys } from '../regions/queries'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type ImportTarget = 'deputies' | 'venues' | 'regions'

const ENDPOINTS = {
  deputies: '/api/import/deputies',
  venues: '/api/import/venues',
  regions: '/api/import/regions',
} as const satisfies Record<ImportTarget, string>

/** The download link of a target's template. */
export const templateHref = (target: ImportTarget) => `${ENDPOINTS[target]}/template`

/** POST /api/import/{target}: checks (dryRun) or imports one workbook, or one CSV file (by its name). */
export function useImportWorkbook(target: ImportTarget) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const bytes = await file.arrayBuffer()
      return unwrap(
        api.POST(ENDPOINTS[target], {
          params: { query: { dryRun } },
          // The body is the raw file (not described in the OpenAPI document): pass the bytes through untouched.
          ...({ body: bytes, bodySerializer: (b: ArrayBuffer) => b } as object),
          headers: { 'Content-Type': /\.csv$/i.test(file.name) ? 'text/csv' : XLSX },
        }),
      )
    },
    onSuccess: (result) => {
      if (target === 'regions' && !result.dryRun)
        void queryClient.invalidateQueries({ queryKey: regionKeys.all })
    },
  })
}
