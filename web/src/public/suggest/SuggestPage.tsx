import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { SubmitResult } from '../../shared/api/types'
import { Receipt } from './Receipt'
import { SuggestForm } from './SuggestForm'
import './suggest.css'

/** The citizen's submission form (线上问诊), reached directly or pre-addressed from a venue or deputy QR link. */
export function SuggestPage() {
  const [params] = useSearchParams()
  const venueId = params.get('venueId') ?? undefined
  const deputyId = params.get('deputyId') ?? undefined
  const [receipt, setReceipt] = useState<SubmitResult | null>(null)
  useEffect(() => {
    if (receipt) window.scrollTo(0, 0)
  }, [receipt])
  if (receipt) return <Receipt receipt={receipt} />
  return <SuggestForm venueId={venueId} deputyId={deputyId} onDone={setReceipt} />
}
