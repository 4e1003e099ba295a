// antd-mobile's global stylesheet (its :root variables and element defaults) first, then the site's frame,
// which sets the theme over it; each feature's stylesheet, loaded with the feature, comes after both.
import 'antd-mobile/es/global'
import './base.css'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { ApiProblem } from '../shared/api/problem'
import { LangProvider } from '../shared/i18n'
import { App } from './App'

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 404 or 400 will not change on retry; a flaky mobile network might.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
    },
  },
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </LangProvider>
  </StrictMode>,
)
