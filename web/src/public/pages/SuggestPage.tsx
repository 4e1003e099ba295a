import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ApiProblem, problemFieldName, unwrap } from '../../shared/api/problem'
import type { SubmitResult } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { api, townOf, useCategories, useDeputy, useTowns, useVenue, useVillages } from '../api'
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  newIdempotencyKey,
  PHOTO_TYPES,
  rememberToken,
  uploadPhoto,
} from '../suggest/upload'
import { BackLink, LoadError, Loading } from './common'

const MAX_CONTENT = 2000

interface Photo {
  key: string
  file: File
  preview: string
  progress: number
  id?: string
  error?: string
}

/** The citizen's submission form (线上问诊), reached directly or pre-addressed from a venue or deputy QR link. */
export function SuggestPage() {
  const [params] = useSearchParams()
  const venueId = params.get('venueId') ?? undefined
  const deputyId = params.get('deputyId') ?? undefined
  const [receipt, setReceipt] = useState<SubmitResult | null>(null)
  useEffect(() => {
    if (receipt) window.scrollTo(0, 0)
  }, [receipt])
  if (receipt) return <Receipt receipt={receipt} />
  return <SuggestForm venueId={venueId} deputyId={deputyId} onDone={setReceipt} />
}

function SuggestForm({
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
  const [photos, setPhotos] = useState<Photo[]>([])
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [consent, setConsent] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<{ message: string; field?: string } | null>(null)
  // One key per submission: a retry of the very same content reuses it, so a flaky network never makes two.
  const attempt = useRef<{ key: string; body: string } | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
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

  const photosRef = useRef(photos)
  photosRef.current = photos
  useEffect(
    () => () => {
      for (const p of photosRef.current) URL.revokeObjectURL(p.preview)
    },
    [],
  )

  const updatePhoto = (key: string, patch: Partial<Photo>) =>
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)))

  const addFiles = (files: FileList | null) => {
    if (!files) return
    const room = MAX_PHOTOS - photos.length
    const chosen = Array.from(files).slice(0, Math.max(0, room))
    if (files.length > room)
      setError({ message: t(`最多上传 ${MAX_PHOTOS} 张照片`, `At most ${MAX_PHOTOS} photos`) })
    for (const file of chosen) {
      const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`
      const photo: Photo = { key, file, preview: URL.createObjectURL(file), progress: 0 }
      if (!PHOTO_TYPES.includes(file.type)) {
        photo.error = t('仅支持 JPG、PNG、WebP 格式', 'Only JPG, PNG or WebP')
      } else if (file.size > MAX_PHOTO_BYTES) {
        photo.error = t('照片不能超过 10 MB', 'A photo must be at most 10 MB')
      }
      setPhotos((list) => [...list, photo])
      if (photo.error) continue
      uploadPhoto(file, (f) => updatePhoto(key, { progress: f }))
        .then((u) => updatePhoto(key, { id: u.id, progress: 1 }))
        .catch((e: unknown) =>
          updatePhoto(key, {
            error: e instanceof ApiProblem ? t(e.problem.message) : t('上传失败', 'Upload failed'),
          }),
        )
    }
    if (fileInput.current) fileInput.current.value = ''
  }

  const removePhoto = (key: string) => {
    setPhotos((list) => {
      const gone = list.find((p) => p.key === key)
      if (gone) URL.revokeObjectURL(gone.preview)
      return list.filter((p) => p.key !== key)
    })
  }

  const uploading = photos.some((p) => !p.id && !p.error)
  const failedPhotos = photos.some((p) => p.error)

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
    if (failedPhotos) {
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
      photoIds: photos.flatMap((p) => (p.id ? [p.id] : [])),
    }
    const serialised = JSON.stringify(body)
    if (!attempt.current || attempt.current.body !== serialised)
      attempt.current = { key: newIdempotencyKey(), body: serialised }
    setSubmitting(true)
    try {
      const result = await unwrap(
        api.POST('/api/public/suggestions', {
          params: { header: { 'idempotency-key': attempt.current.key } },
          body,
        }),
      )
      rememberToken(result.trackingCode, result.accessToken)
      onDone(result)
    } catch (err) {
      const message =
        err instanceof ApiProblem
          ? t(err.problem.message)
          : t('提交失败，请检查网络后重试', 'Could not send; check your connection and try again')
      setError({
        message,
        field: err instanceof ApiProblem ? problemFieldName(err.problem.field) : undefined,
      })
    } finally {
      setSubmitting(false)
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
          <ul className="lx-photos" aria-labelledby={`${ids}-photos`}>
            {photos.map((p) => (
              <li key={p.key} className={p.error ? 'lx-photo lx-photo-failed' : 'lx-photo'}>
                <img src={p.preview} alt={p.file.name} />
                {!p.id && !p.error && (
                  <progress max={1} value={p.progress} aria-label={t('上传进度', 'Upload progress')} />
                )}
                {p.error && <span className="lx-photo-error">{p.error}</span>}
                <button
                  type="button"
                  className="lx-photo-remove"
                  onClick={() => removePhoto(p.key)}
                  aria-label={t('删除照片', 'Remove photo')}
                >
                  ×
                </button>
              </li>
            ))}
            {photos.length < MAX_PHOTOS && (
              <li>
                <label className="lx-photo-add">
                  <input
                    ref={fileInput}
                    type="file"
                    accept={PHOTO_TYPES.join(',')}
                    multiple
                    onChange={(e) => addFiles(e.target.files)}
                    data-testid="photo-input"
                  />
                  <span aria-hidden="true">＋</span>
                  <small>{t('添加照片', 'Add photo')}</small>
                </label>
              </li>
            )}
          </ul>
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

        <section className="lx-privacy" aria-labelledby={`${ids}-privacy`}>
          <h2 id={`${ids}-privacy`}>{t('个人信息保护告知', 'Personal-information notice')}</h2>
          <ul>
            <li>
              {t(
                '收集什么：您填写的意见内容、照片、所在村（社区），以及您自愿留下的姓名和手机号码。照片上传时会去除拍摄位置等附加信息。',
                'What we collect: what you write, your photos, the village or community, and the name and phone number you choose to give. Location and other metadata are removed from photos on upload.',
              )}
            </li>
            <li>
              {t(
                '为什么：仅用于受理、办理和答复这条意见建议，办理人员需要时会联系您核实情况。',
                'Why: only to accept, handle and answer this item; staff may call you to check the facts.',
              )}
            </li>
            <li>
              {t(
                '谁能看到：受理和办理这条意见的人大工作人员和承办单位。手机号码加密保存，页面上只显示为 138****5678 的形式，只有受理人员在需要时才能查看完整号码，每次查看都会记录在案。',
                'Who sees it: the congress staff and the handling unit working on this item. Your phone number is stored encrypted and shown masked (138****5678); only intake staff can reveal it when needed, and every reveal is logged.',
              )}
            </li>
            <li>
              {t(
                '保存多久：按人大信访档案的保管规定保存，到期后删除或匿名化；不会用于其他用途，也不会提供给第三方。',
                'How long: kept as the congress’s records rules require, then deleted or anonymised; never used for anything else or given to third parties.',
              )}
            </li>
          </ul>
        </section>

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

function Receipt({ receipt }: { receipt: SubmitResult }) {
  const { t } = useLang()
  const link = `${window.location.origin}${receipt.trackingUrl}`
  const [copied, setCopied] = useState<boolean | null>(null)
  const linkRef = useRef<HTMLInputElement>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
    } catch {
      // No clipboard (plain http, old browser): select the text so a long-press copies it.
      linkRef.current?.select()
      setCopied(false)
    }
  }
  return (
    <article className="lx-detail lx-receipt">
      <div className="lx-receipt-head">
        <span className="lx-receipt-mark" aria-hidden="true">
          ✓
        </span>
        <h1>{t('提交成功', 'Sent')}</h1>
        <p className="lx-muted">
          {t('我们会尽快受理，请留意办理进度。', 'We will accept it shortly; follow its progress below.')}
        </p>
      </div>
      <dl className="lx-fields">
        <div className="lx-field">
          <dt>{t('查询编号', 'Tracking code')}</dt>
          <dd>
            <strong className="lx-code" data-testid="tracking-code">
              {receipt.trackingCode}
            </strong>
          </dd>
        </div>
      </dl>
      <section className="lx-save-link">
        <h2>{t('保存查询链接', 'Save your tracking link')}</h2>
        <p>
          {t(
            '凭这个链接查看进度和答复、评价办理结果。链接中含有您的专属密钥，请复制保存或截图，不要发给他人；遗失后无法找回。',
            'This link shows the progress and the answer and lets you rate it. It holds your private key: copy or screenshot it and do not share it; it cannot be recovered if lost.',
          )}
        </p>
        <input
          ref={linkRef}
          className="lx-link-box"
          readOnly
          value={link}
          aria-label={t('查询链接', 'Tracking link')}
        />
        <button type="button" className="lx-button lx-button-primary lx-block" onClick={() => void copy()}>
          {t('复制查询链接', 'Copy the tracking link')}
        </button>
        {copied === true && (
          <p className="lx-ok" role="status">
            {t('已复制', 'Copied')}
          </p>
        )}
        {copied === false && (
          <p className="lx-muted" role="status">
            {t(
              '无法自动复制，请长按上面的链接手动复制。',
              'Could not copy automatically; long-press the link above to copy it.',
            )}
          </p>
        )}
      </section>
      <Link to={receipt.trackingUrl} className="lx-button lx-button-outline lx-block">
        {t('查看办理进度', 'See the progress')}
      </Link>
    </article>
  )
}
