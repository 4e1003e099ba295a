import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { consoleServiceWorker } from './scripts/console-sw.mjs'

const root = import.meta.dirname

// Two entries: the citizen site (/) and the staff console (/console/). The server serves
// dist/index.html for public routes and dist/console/index.html for /console/*.
export default defineConfig({
  plugins: [react(), consoleServiceWorker()],
  resolve: {
    // npm hoists an older React to the repo root for packages whose peer ranges stop at 18
    // (antd-mobile's @react-spring); one copy of React, the app's own, must serve every import.
    dedupe: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP forbids inline scripts; keep the module preload polyfill out of the HTML.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        public: resolve(root, 'index.html'),
        console: resolve(root, 'console/index.html'),
      },
    },
  },
  server: {
    proxy: { '/api': process.env.LIANXIN_API ?? 'http://127.0.0.1:3000' },
  },
})
