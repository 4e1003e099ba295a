import type { PGlite, Transaction } from '@electric-sql/pglite'
import pg from 'pg'
import type { DbHandle } from '../src/db/index.ts'

/**
 * Counts the SQL statements the application sends, BEGIN and COMMIT included, at the driver: pg's Client.query on
 * PostgreSQL (every pooled connection), the PGlite instance's query and transaction on PGlite (its transaction
 * runs BEGIN and COMMIT itself: counted as the two statements they are). `stop()` restores the drivers.
 */
export function countStatements(handle: DbHandle): { readonly count: number; texts: string[]; stop(): void } {
  const texts: string[] = []
  if (handle.engine === 'postgres') {
    const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
    const original = proto.query
    proto.query = function counted(this: unknown, ...args: unknown[]) {
      const config = args[0] as string | { text?: string }
      texts.push(typeof config === 'string' ? config : (config?.text ?? ''))
      return original.apply(this, args)
    }
    return {
      get count() {
        return texts.length
      },
      texts,
      stop: () => {
        proto.query = original
      },
    }
  }
  const pglite = handle.pglite as PGlite & Record<string, unknown>
  const query = pglite.query
  const transaction = pglite.transaction
  pglite.query = ((text: string, ...rest: unknown[]) => {
    texts.push(text)
    return (query as (...a: unknown[]) => unknown).call(pglite, text, ...rest)
  }) as PGlite['query']
  pglite.transaction = (async (callback: (tx: Transaction) => Promise<unknown>) => {
    texts.push('BEGIN')
    try {
      return await transaction.call(pglite, (tx) => {
        const counted = Object.create(tx) as Transaction
        counted.query = ((text: string, ...rest: unknown[]) => {
          texts.push(text)
          return (tx.query as (...a: unknown[]) => unknown).call(tx, text, ...rest)
        }) as Transaction['query']
        return callback(counted)
      })
    } finally {
      texts.push('COMMIT')
    }
  }) as PGlite['transaction']
  return {
    get count() {
      return texts.length
    },
    texts,
    stop: () => {
      pglite.query = query
      pglite.transaction = transaction
    },
  }
}
