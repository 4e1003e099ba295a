import { CloseOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Spin } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import { useUploadSitePhoto } from './queries'
import { MAX_PHOTOS } from './report'

export interface ReportPhoto {
  id: string
  /** The picture on this phone (an object URL), shown until the report is filed. */
  preview: string
}

/**
 * The report's photos: chosen on the phone, uploaded one at a time, shown as thumbnails that can be removed.
 * `filed`: the photos of the month's report filed before (an amendment keeps them; they take up room).
 */
export function PhotoStrip({
  siteId,
  photos,
  onChange,
  filed = [],
}: {
  siteId: string
  photos: ReportPhoto[]
  onChange: (photos: ReportPhoto[]) => void
  filed?: { id: string; url: string }[]
}) {
  const { t } = useLang()
  const { message } = App.useApp()
  const upload = useUploadSitePhoto(siteId)
  const [busy, setBusy] = useState(false)
  const latest = useRef(photos)
  latest.current = photos
  // The previews go with the page.
  useEffect(
    () => () => {
      for (const p of latest.current) URL.revokeObjectURL(p.preview)
    },
    [],
  )

  const add = async (files: FileList | null) => {
    if (!files?.length) return
    const room = MAX_PHOTOS - filed.length - photos.length
    const chosen = [...files].slice(0, room)
    if (files.length > room) message.warning(t(`最多 ${MAX_PHOTOS} 张照片`, `Up to ${MAX_PHOTOS} photos`))
    setBusy(true)
    let next = photos
    for (const file of chosen) {
      try {
        const { id } = await upload.mutateAsync(file)
        next = [...next, { id, preview: URL.createObjectURL(file) }]
        onChange(next)
      } catch (e) {
        message.error(
          e instanceof ApiProblem ? t(e.problem.message) : t('照片上传失败', 'The photo did not upload'),
        )
      }
    }
    setBusy(false)
  }
  const remove = (id: string) => {
    const gone = photos.find((p) => p.id === id)
    if (gone) URL.revokeObjectURL(gone.preview)
    onChange(photos.filter((p) => p.id !== id))
  }
  return (
    <div className="lx-photo-strip" data-testid="report-photos">
      {filed.map((p, i) => (
        <div key={p.id} className="lx-photo-thumb lx-photo-filed" data-testid="report-photo-filed">
          <img src={p.url} alt={t(`已提交的照片 ${i + 1}`, `Filed photo ${i + 1}`)} />
          <span>{t('已提交', 'Filed')}</span>
        </div>
      ))}
      {photos.map((p, i) => (
        <div key={p.id} className="lx-photo-thumb">
          <img src={p.preview} alt={t(`照片 ${i + 1}`, `Photo ${i + 1}`)} />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            onClick={() => remove(p.id)}
            aria-label={t(`删除照片 ${i + 1}`, `Remove photo ${i + 1}`)}
          />
        </div>
      ))}
      {filed.length + photos.length < MAX_PHOTOS && (
        <label className="lx-photo-add">
          {busy ? <Spin size="small" /> : <PlusOutlined />}
          <span>{busy ? t('上传中', 'Uploading') : t('添加照片', 'Add photos')}</span>
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic"
            multiple
            style={{ display: 'none' }}
            disabled={busy}
            data-testid="photo-input"
            onChange={(e) => {
              void add(e.target.files)
              e.target.value = ''
            }}
          />
        </label>
      )}
    </div>
  )
}
