import { useLang } from '../../shared/i18n'
import { LoadError, Loading, Section } from '../components/common'
import { useTowns } from '../regions/queries'

/** The town chips: the whole county or one town, for the venue and deputy lists below. */
export function TownFilter({
  value,
  onChange,
}: {
  value: string | undefined
  onChange: (code: string | undefined) => void
}) {
  const { t, lang } = useLang()
  const towns = useTowns()
  return (
    <Section title={t('选择镇（街道）', 'Choose your town')} id="towns">
      {towns.isPending ? (
        <Loading />
      ) : towns.isError ? (
        <LoadError error={towns.error} onRetry={() => towns.refetch()} />
      ) : (
        <fieldset className="lx-chips" aria-label={t('镇（街道）', 'Town')}>
          <button type="button" className="lx-chip" aria-pressed={!value} onClick={() => onChange(undefined)}>
            {t('全县', 'Whole county')}
          </button>
          {towns.data.items.map((town) => (
            <button
              key={town.code}
              type="button"
              className="lx-chip"
              aria-pressed={value === town.code}
              onClick={() => onChange(town.code)}
            >
              {lang === 'en' && town.nameEn ? town.nameEn : town.name}
            </button>
          ))}
        </fieldset>
      )}
    </Section>
  )
}
