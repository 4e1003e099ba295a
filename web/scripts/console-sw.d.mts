import type { Plugin } from 'vite'
export function serviceWorkerSource(version: string, files: string[]): string
export function consoleServiceWorker(): Plugin
