import { useMutation } from '@tanstack/react-query'
import { unwrap } from '../../shared/api/problem'
import type { PostBody } from '../../shared/api/types'
import { useApi } from '../auth'

// Signing in and out and reading the signed-in user belong to the session (auth.tsx); these are the
// account page's own calls. None of them is cached.

/** POST /api/auth/password. */
export function useChangePassword() {
  const api = useApi()
  return useMutation({
    mutationFn: (body: PostBody<'/api/auth/password'>) => unwrap(api.POST('/api/auth/password', { body })),
  })
}

/** POST /api/auth/totp/setup: a new secret and its QR code, to confirm with a first code. */
export function useTotpSetup() {
  const api = useApi()
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/auth/totp/setup')) })
}

/** POST /api/auth/totp/enable or /api/auth/totp/disable, confirmed by a current code. */
export function useTotpSwitch() {
  const api = useApi()
  return useMutation({
    mutationFn: ({ on, code }: { on: boolean; code: string }) =>
      on
        ? unwrap(api.POST('/api/auth/totp/enable', { body: { code } }))
        : unwrap(api.POST('/api/auth/totp/disable', { body: { code } })),
  })
}
