import type { Importer } from '../../platform/module.ts'
import { DIVISION_HEADERS } from './divisions.ts'
import { importRegionTree } from './tree-import.ts'

/**
 * The county's region tree from the national division codes (.csv or .xlsx, columns code, name, parent): the
 * same import as `lianxin regions import`, for county admins. A dry run previews what would be added, renamed,
 * retired or restored; the import applies it.
 */
export const regionTreeImporter: Importer = {
  name: 'regions',
  label: '区划 Regions',
  headers: DIVISION_HEADERS,
  reach: 'county.admin',
  async run(ctx, rows, audit, dryRun) {
    const result = await importRegionTree(ctx.db, ctx.countyCode, rows, {
      dryRun,
      source: 'upload',
      audit,
    })
    return {
      errors: result.errors,
      imported: result.errors.length > 0 ? 0 : result.units,
      changes: result.changes.map((c) => ({
        change: c.change,
        key: c.code,
        label: c.name,
        previous: c.previous,
      })),
    }
  },
}
