import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, problemFieldName } from '../../shared/api/problem'
import type { SubmitResult } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { BackLink, LoadError, Loading } from '../components/common'
import '../components/form.css'
import { useDeputy } from '../deputies/queries'
import { useTowns, useVillages } from '../regions/queries'
import { useVenue } from '../venues/queries'
import { PhotoPicker, usePhotoUploads } from './PhotoPicker'
import { PrivacyNotice } from './PrivacyNotice'
import { MAX_PHOTOS, newIdempotencyKey } from './photos'
import { townOf } from './place'
import { useCategories, useSubmitSuggestion } from './queries'

const MAX_CONTENT = 2000

/** The form: what, category, where, photos, contact (optional), the privacy notice and consent. */
export function SuggestForm({
  venueId,
  deputyId,
  onDone,
}: {
  venueId: string | undefined
  deputyId: string | undefined
  onDone: (r: SubmitResult) => void
}) {
  const { t, lang } = useLang()
  const ids = useId()
  const venue = useVenue(venueId)
  const deputy = useDeputy(deputyId)
  const categories = useCategories()
  const towns = useTowns()
  const [content, setContent] = useState('')
  const [category, setCategory] = useState('')
  const [town, setTown] = useState('')
  const [village, setVillage] = useState('')
  const villages = useVillages(town || undefined)
  const photos = usePhotoUploads()
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [consent, setConsent] = useState(false)
  const [publishConsent, setPublishConsent] = useState(false)
  const send = useSubmitSuggestion()
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  // One key per submission: a retry of the very same content reuses it, so a flaky network never makes two.
  const attempt = useRef<{ key: string; body: string } | null>(null)
  const prefilled = useRef(false)

  // Pre-select the place of the venue the citizen came from (its village, or at least its town).
  useEffect(() => {
    if (prefilled.current || !venue.data) return
    prefilled.current = true
    const code = venue.data.regionCode
    const townCode = townOf(code)
    if (!townCode) return
    setTown(townCode)
    if (code !== townCode) setVillage(code)
  }, [venue.data])

  const { uploading } = photos
  const submitting = send.isPending

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    if (!content.trim()) {
      setError({
        message: t('请填写意见建议内容', 'Please write your opinion or suggestion'),
        field: 'content',
      })
      return
    }
    if (!consent) {
      setError({
        message: t('请阅读并同意个人信息保护告知', 'Please read and accept the personal-information notice'),
        field: 'consent',
      })
      return
    }
    if (uploading) return
    if (photos.failed) {
      setError({ message: t('请先删除上传失败的照片', 'Remove the photos that failed to upload first') })
      return
    }
    const contact =
      name.trim() || phone.trim()
        ? { name: name.trim() || undefined, phone: phone.trim() || undefined }
        : undefined
    const body = {
      content: content.trim(),
      consent: true as const,
      category: category || undefined,
      venueId,
      deputyId,
      regionCode: village || town || undefined,
      contact,
      photoIds: photos.ids,
      publishConsent,
    }
    const serialised = JSON.stringify(body)
    if (!attempt.current || attempt.current.body !== serialised)
      attempt.current = { key: newIdempotencyKey(), body: serialised }
    try {
      onDone(await send.mutateAsync({ body, idempotencyKey: attempt.current.key }))
    } catch (err) {
      const message =
        err instanceof ApiProblem
          ? t(err.problem.message)
          : t('提交失败，请检查网络后重试', 'Could not send; check your connection and try again')
      setError({
        message,
        field: err instanceof ApiProblem ? problemFieldName(err.problem.field) : undefined,
      })
    }
  }

  const addressee = venue.data?.name ?? deputy.data?.name
  const fieldError = (f: string) => (error?.field?.startsWith(f) ? error.message : null)

  return (
    <article className="lx-detail lx-form-page">
      <BackLink />
      <header className="lx-detail-head">
        <h1>{t('提意见建议', 'Give an opinion or suggestion')}</h1>
        <p className="lx-muted lx-lead">
          {t(
            '您的每一条意见都会有人受理、办理并答复。提交后会得到查询编号和查询链接，可随时查看办理进度。',
            'Every opinion is accepted, handled and answered. After sending you get a tracking code and a link to follow its progress.',
          )}
        </p>
      </header>

      {(venueId || deputyId) && (
        <div className="lx-addressee" data-testid="addressee">
          {venue.isPending && venueId ? (
            <Loading />
          ) : venue.isError || deputy.isError ? (
            <LoadError error={venue.error ?? deputy.error} />
          ) : (
            <>
              <span className="lx-muted">{t('提交给', 'To')}</span>
              <strong>{addressee}</strong>
              {venue.data && <small>{venue.data.townName}</small>}
              {deputy.data && <small>{t('人大代表', 'Deputy')}</small>}
            </>
          )}
        </div>
      )}

      <form className="lx-form" onSubmit={submit} noValidate>
        <div className="lx-form-row">
          <label htmlFor={`${ids}-content`}>
            {t('意见建议内容', 'Your opinion or suggestion')} <span className="lx-required">*</span>
          </label>
          <textarea
            id={`${ids}-content`}
            rows={7}
            maxLength={MAX_CONTENT}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            placeholder={t(
              '请写清楚事情发生的地点、具体情况和您的建议',
              'Say where it is, what is happening and what you suggest',
            )}
            aria-invalid={Boolean(fieldError('content'))}
            aria-describedby={`${ids}-count`}
          />
          <div className="lx-counter" id={`${ids}-count`}>
            {content.length}/{MAX_CONTENT}
          </div>
          {fieldError('content') && <p className="lx-field-error">{fieldError('content')}</p>}
        </div>

        <div className="lx-form-row">
          <label htmlFor={`${ids}-category`}>{t('类别', 'Category')}</label>
          <select id={`${ids}-category`} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('请选择（选填）', 'Choose (optional)')}</option>
            {categories.data?.items.map((c) => (
              <option key={c.code} value={c.code}>
                {lang === 'en' ? c.nameEn : c.name}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="lx-form-row lx-place">
          <legend>{t('事情发生在哪里', 'Where is it')}</legend>
          <div className="lx-place-selects">
            <select
              aria-label={t('镇（街道）', 'Town')}
              value={town}
              onChange={(e) => {
                setTown(e.target.value)
                setVillage('')
              }}
            >
              <option value="">{t('镇（街道）', 'Town')}</option>
              {towns.data?.items.map((r) => (
                <option key={r.code} value={r.code}>
                  {lang === 'en' && r.nameEn ? r.nameEn : r.name}
                </option>
              ))}
            </select>
            <select
              aria-label={t('村（社区）', 'Village / community')}
              value={village}
              disabled={!town}
              onChange={(e) => setVillage(e.target.value)}
            >
              <option value="">{t('村（社区）', 'Village / community')}</option>
              {villages.data?.items.map((r) => (
                <option key={r.code} value={r.code}>
                  {lang === 'en' && r.nameEn ? r.nameEn : r.name}
                </option>
              ))}
            </select>
          </div>
          {fieldError('regionCode') && <p className="lx-field-error">{fieldError('regionCode')}</p>}
        </fieldset>

        <div className="lx-form-row">
          <span className="lx-label" id={`${ids}-photos`}>
            {t('照片（选填，最多 5 张）', 'Photos (optional, up to 5)')}
          </span>
          <PhotoPicker
            photos={photos.photos}
            onAdd={(files) => {
              if (!photos.add(files))
                setError({ message: t(`最多上传 ${MAX_PHOTOS} 张照片`, `At most ${MAX_PHOTOS} photos`) })
            }}
            onRemove={photos.remove}
            labelledBy={`${ids}-photos`}
          />
          {fieldError('photoIds') && <p className="lx-field-error">{fieldError('photoIds')}</p>}
        </div>

        <fieldset className="lx-form-row">
          <legend>{t('联系方式（选填）', 'How to reach you (optional)')}</legend>
          <label htmlFor={`${ids}-name`} className="lx-label-small">
            {t('姓名', 'Name')}
          </label>
          <input
            id={`${ids}-name`}
            type="text"
            maxLength={40}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <label htmlFor={`${ids}-phone`} className="lx-label-small">
            {t('手机号码', 'Mobile phone')}
          </label>
          <input
            id={`${ids}-phone`}
            type="tel"
            inputMode="tel"
            maxLength={20}
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={Boolean(fieldError('contact'))}
          />
          {fieldError('contact') && <p className="lx-field-error">{fieldError('contact')}</p>}
        </fieldset>

        <PrivacyNotice />

        <label className="lx-consent">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => {
              setConsent(e.target.checked)
              if (e.target.checked && error?.field === 'consent') setError(null)
            }}
            aria-invalid={Boolean(fieldError('consent'))}
          />
          <span>
            {t(
              '我已阅读并同意上述个人信息保护告知',
              'I have read and accept the personal-information notice above',
            )}
          </span>
        </label>

        <label className="lx-consent">
          <input
            type="checkbox"
            name="publishConsent"
            checked={publishConsent}
            onChange={(e) => setPublishConsent(e.target.checked)}
          />
          <span>
            {t(
              '同意在隐去姓名、电话等个人信息后公开我的意见和办理答复',
              'I agree that my opinion and its answer may be published once my name, phone number and other personal details are removed',
            )}
          </span>
        </label>

        {error && (
          <p className="lx-form-error" role="alert">
            {error.message}
          </p>
        )}

        <button
          type="submit"
          className="lx-button lx-button-primary lx-block lx-submit"
          disabled={submitting || uploading}
        >
          {submitting
            ? t('正在提交…', 'Sending…')
            : uploading
              ? t('照片上传中…', 'Uploading photos…')
              : t('提交', 'Send')}
        </button>
        <p className="lx-muted lx-small">
          {t('紧急情况请拨打 110、119、120。', 'In an emergency call 110, 119 or 120.')}
        </p>
      </form>
    </article>
  )
}
