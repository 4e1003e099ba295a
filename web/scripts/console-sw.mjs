// The console's service worker (a Vite plugin writes it into dist/console/sw.js at build time with the list of
// the console's built files). It makes the console installable and the recording screens load with no network:
// - the app shell (console/index.html) and every built file of the console are cached when it installs;
// - a page of the console (any /console/… address) is the network's answer, or the cached shell offline;
// - built assets (hashed, immutable) come from the cache first;
// - GET /api/… is network first (a GET asked with cache "no-store" is never answered from the cache), the last
//   answer kept for when there is no network. Writes (POST, PUT…) are never touched: the recording queue
//   (src/console/recording) keeps and resends them.
export function serviceWorkerSource(version, files) {
  return `// Generated at build time (web/scripts/console-sw.mjs). Do not edit.
const VERSION = ${JSON.stringify(version)}
const SHELL = 'lx-console-shell-' + VERSION
const API = 'lx-console-api'
const FILES = ${JSON.stringify(files)}
const TIMEOUT = 6000

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.addAll(['/console/', ...FILES])).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lx-console-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('message', (event) => {
  if (event.data === 'signed-out') event.waitUntil(caches.delete(API))
})

function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT)
    promise.then((r) => { clearTimeout(timer); resolve(r) }, (e) => { clearTimeout(timer); reject(e) })
  })
}

async function networkFirst(request, cacheName, fallback) {
  try {
    const response = await withTimeout(fetch(request))
    if (response.ok) {
      const cache = await caches.open(cacheName)
      await cache.put(fallback ?? request, response.clone())
    }
    return response
  } catch (error) {
    const cached = await caches.match(fallback ?? request)
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) {
    const cache = await caches.open(SHELL)
    await cache.put(request, response.clone())
  }
  return response
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && url.pathname.startsWith('/console')) {
    event.respondWith(networkFirst(request, SHELL, '/console/'))
    return
  }
  if (url.pathname.startsWith('/api/')) {
    if (request.cache === 'no-store' || url.pathname.startsWith('/api/docs')) return
    event.respondWith(networkFirst(request, API))
    return
  }
  if (url.pathname.startsWith('/assets/') || FILES.includes(url.pathname)) {
    event.respondWith(cacheFirst(request))
  }
})
`
}

/** Vite plugin: writes console/sw.js with the console entry's files (its chunks, lazy pages, CSS, assets). */
export function consoleServiceWorker() {
  return {
    name: 'lianxin-console-sw',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
      const entry =
        chunks.find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith('console/index.html'),
        ) ??
        chunks.find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.includes('src/console/main'))
      if (!entry) throw new Error('console entry not found in the bundle')
      const files = new Set()
      const seen = new Set()
      const walk = (name) => {
        if (seen.has(name)) return
        seen.add(name)
        const c = bundle[name]
        if (!c) return
        files.add(`/${c.fileName}`)
        if (c.type !== 'chunk') return
        for (const css of c.viteMetadata?.importedCss ?? []) files.add(`/${css}`)
        for (const asset of c.viteMetadata?.importedAssets ?? []) files.add(`/${asset}`)
        for (const i of [...c.imports, ...c.dynamicImports]) walk(i)
      }
      walk(entry.fileName)
      for (const extra of [
        '/console/manifest.webmanifest',
        '/console/icons/icon-192.png',
        '/console/icons/icon-512.png',
        '/favicon.svg',
      ])
        files.add(extra)
      const list = [...files].sort()
      const version = String(
        list
          .join('|')
          .split('')
          .reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7),
      )
      this.emitFile({ type: 'asset', fileName: 'console/sw.js', source: serviceWorkerSource(version, list) })
    },
  }
}
