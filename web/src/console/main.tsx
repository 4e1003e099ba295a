import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { ApiProblem } from '../shared/api/problem'
import { LangProvider } from '../shared/i18n'
import { App } from './App'
import { AuthProvider } from './auth'
import { startSync } from './recording/sync'
import './console.css'
import './phone.css'

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        count < 1 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
    },
  },
})

// Installable, and the recording screens open with no network once visited (scripts/console-sw.mjs).
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void navigator.serviceWorker.register('/console/sw.js', { scope: '/console/' }).catch(() => {})
// The queue of records kept on this phone is sent whenever the network allows (recording/sync.ts).
if ('indexedDB' in window) startSync()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename="/console">
          <AuthProvider>
            <App />
          </AuthProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </LangProvider>
  </StrictMode>,
)
