import { useMutation } from '@tanstack/react-query'
import { unwrap } from '../../shared/api/problem'
import { useApi } from '../auth'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type ImportTarget = 'deputies' | 'venues'

const ENDPOINTS = {
  deputies: '/api/import/deputies',
  venues: '/api/import/venues',
} as const satisfies Record<ImportTarget, string>

/** The download link of a target's template. */
export const templateHref = (target: ImportTarget) => `${ENDPOINTS[target]}/template`

/** POST /api/import/deputies or /api/import/venues: checks (dryRun) or imports one workbook. */
export function useImportWorkbook(target: ImportTarget) {
  const api = useApi()
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const bytes = await file.arrayBuffer()
      return unwrap(
        api.POST(ENDPOINTS[target], {
          params: { query: { dryRun } },
          // The body is the raw workbook (not described in the OpenAPI document): pass the bytes through untouched.
          ...({ body: bytes, bodySerializer: (b: ArrayBuffer) => b } as object),
          headers: { 'Content-Type': XLSX },
        }),
      )
    },
  })
}
