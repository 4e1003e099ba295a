import { useQueryClient } from '@tanstack/react-query'
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useLocation, useNavigate } from 'react-router'
import { type ApiClient, createStaffClient } from '../shared/api/client'
import { type Problem, toProblem, unwrap } from '../shared/api/problem'
import type { Capability, Me } from '../shared/api/types'
import type { Bilingual } from '../shared/i18n'

type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out'; notice: Bilingual | null }
  | { status: 'signed-in'; me: Me }

interface AuthContextValue {
  state: AuthState
  api: ApiClient
  /** Throws ApiProblem (unauthenticated, totp_required, account_locked…). */
  login: (input: { username: string; password: string; totp?: string }) => Promise<Me>
  logout: () => Promise<void>
  refreshMe: () => Promise<void>
  /** Current CSRF token, for the few writes that cannot go through `api` (multipart uploads). */
  csrfToken: () => string | null
}

const AuthContext = createContext<AuthContextValue | null>(null)

const TIMEOUT_NOTICE: Bilingual = {
  zh: '登录已超时，请重新登录',
  en: 'Your session has expired; please sign in again',
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' })
  const stateRef = useRef(state)
  stateRef.current = state
  const csrfRef = useRef<string | null>(null)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const locationRef = useRef(location)
  locationRef.current = location

  const onUnauthorizedRef = useRef<(response: Response) => void>(() => {})
  onUnauthorizedRef.current = (response) => {
    const wasSignedIn = stateRef.current.status === 'signed-in'
    if (stateRef.current.status === 'signed-out') return
    void response
      .json()
      .catch(() => null)
      .then((body) => {
        const problem: Problem = toProblem(body, response)
        csrfRef.current = null
        queryClient.clear()
        navigator.serviceWorker?.controller?.postMessage('signed-out')
        // A 401 while this tab had a live session means it timed out; the server's message says so.
        setState({ status: 'signed-out', notice: wasSignedIn ? (problem.message ?? TIMEOUT_NOTICE) : null })
        const from = locationRef.current
        if (from.pathname !== '/login') {
          navigate('/login', { replace: true, state: { from: `${from.pathname}${from.search}` } })
        }
      })
  }

  const api = useMemo(
    () =>
      createStaffClient({
        csrfToken: () => csrfRef.current,
        onUnauthorized: (response) => onUnauthorizedRef.current(response),
      }),
    [],
  )

  const signIn = useCallback((me: Me, csrfToken: string) => {
    csrfRef.current = csrfToken
    setState({ status: 'signed-in', me })
  }, [])

  const refreshMe = useCallback(async () => {
    const { data } = await api.GET('/api/auth/me')
    if (data) signIn(data, data.csrfToken)
  }, [api, signIn])

  useEffect(() => {
    let cancelled = false
    api
      .GET('/api/auth/me')
      .then(({ data }) => {
        if (cancelled) return
        if (data) signIn(data, data.csrfToken)
        else setState((s) => (s.status === 'loading' ? { status: 'signed-out', notice: null } : s))
      })
      .catch(() => {
        if (!cancelled) setState({ status: 'signed-out', notice: null })
      })
    return () => {
      cancelled = true
    }
  }, [api, signIn])

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      api,
      login: async (input) => {
        const result = await unwrap(api.POST('/api/auth/login', { body: input }))
        queryClient.clear()
        signIn(result.user, result.csrfToken)
        return result.user
      },
      logout: async () => {
        try {
          await api.POST('/api/auth/logout')
        } finally {
          csrfRef.current = null
          queryClient.clear()
          // The service worker's copies of API answers (kept for offline) go with the session.
          navigator.serviceWorker?.controller?.postMessage('signed-out')
          setState({ status: 'signed-out', notice: null })
          navigate('/login', { replace: true })
        }
      },
      refreshMe,
      csrfToken: () => csrfRef.current,
    }),
    [state, api, signIn, queryClient, navigate, refreshMe],
  )
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>')
  return value
}

export function useApi(): ApiClient {
  return useAuth().api
}

/** The signed-in user; only for components rendered inside the signed-in layout. */
export function useMe(): Me {
  const { state } = useAuth()
  if (state.status !== 'signed-in') throw new Error('useMe needs a signed-in user')
  return state.me
}

/** Whether the user holds a named role set (the server sends them with the user; it checks every request). */
export function can(me: Me, capability: Capability): boolean {
  return me.capabilities.includes(capability)
}
