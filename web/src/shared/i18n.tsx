import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'

export type Lang = 'zh' | 'en'
export interface Bilingual {
  zh: string
  en: string
}

const STORAGE_KEY = 'lianxin.lang'

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'
  } catch {
    return 'zh'
  }
}

interface LangContextValue {
  lang: Lang
  setLang: (lang: Lang) => void
  /** Picks the text for the current language: t('中文', 'English') or t({ zh, en }). */
  t: (zh: string | Bilingual, en?: string) => string
}

const LangContext = createContext<LangContextValue | null>(null)

/** Chinese first; English when the visitor switched (remembered in localStorage). */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang)
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  }, [lang])
  const setLang = useCallback((next: Lang) => {
    setLangState(next)
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Private browsing may refuse storage; the switch still works for this visit.
    }
  }, [])
  const value = useMemo<LangContextValue>(
    () => ({
      lang,
      setLang,
      t: (zh, en) => {
        if (typeof zh === 'object') return zh[lang]
        return lang === 'zh' ? zh : (en ?? zh)
      },
    }),
    [lang, setLang],
  )
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext)
  if (!value) throw new Error('useLang must be used inside <LangProvider>')
  return value
}
