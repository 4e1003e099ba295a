import { useEffect, useRef, useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import { useLang } from '../../shared/i18n'
import '../components/photos.css'
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_TYPES } from './photos'
import { uploadPhoto } from './queries'

export interface Photo {
  key: string
  file: File
  preview: string
  progress: number
  id?: string
  error?: string
}

/**
 * The form's photos: each one is checked and uploaded as soon as it is picked (its preview a local object URL,
 * released when the photo is removed or the form goes away).
 */
export function usePhotoUploads() {
  const { t } = useLang()
  const [photos, setPhotos] = useState<Photo[]>([])
  const photosRef = useRef(photos)
  photosRef.current = photos
  useEffect(
    () => () => {
      for (const p of photosRef.current) URL.revokeObjectURL(p.preview)
    },
    [],
  )

  const update = (key: string, patch: Partial<Photo>) =>
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)))

  /** Adds what fits of the picked files; false when some were left out (at most MAX_PHOTOS). */
  const add = (files: File[]): boolean => {
    const room = MAX_PHOTOS - photos.length
    for (const file of files.slice(0, Math.max(0, room))) {
      const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`
      const photo: Photo = { key, file, preview: URL.createObjectURL(file), progress: 0 }
      if (!PHOTO_TYPES.includes(file.type)) {
        photo.error = t('仅支持 JPG、PNG、WebP 格式', 'Only JPG, PNG or WebP')
      } else if (file.size > MAX_PHOTO_BYTES) {
        photo.error = t('照片不能超过 10 MB', 'A photo must be at most 10 MB')
      }
      setPhotos((list) => [...list, photo])
      if (photo.error) continue
      uploadPhoto(file, (f) => update(key, { progress: f }))
        .then((u) => update(key, { id: u.id, progress: 1 }))
        .catch((e: unknown) =>
          update(key, {
            error: e instanceof ApiProblem ? t(e.problem.message) : t('上传失败', 'Upload failed'),
          }),
        )
    }
    return files.length <= room
  }

  const remove = (key: string) => {
    setPhotos((list) => {
      const gone = list.find((p) => p.key === key)
      if (gone) URL.revokeObjectURL(gone.preview)
      return list.filter((p) => p.key !== key)
    })
  }

  return {
    photos,
    add,
    remove,
    uploading: photos.some((p) => !p.id && !p.error),
    failed: photos.some((p) => p.error),
    ids: photos.flatMap((p) => (p.id ? [p.id] : [])),
  }
}

/** The photo grid of the form: previews with progress or error, a remove button each, and 添加照片. */
export function PhotoPicker({
  photos,
  onAdd,
  onRemove,
  labelledBy,
}: {
  photos: Photo[]
  onAdd: (files: File[]) => void
  onRemove: (key: string) => void
  labelledBy: string
}) {
  const { t } = useLang()
  const fileInput = useRef<HTMLInputElement>(null)
  return (
    <ul className="lx-photos" aria-labelledby={labelledBy}>
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
            onClick={() => onRemove(p.key)}
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
              onChange={(e) => {
                if (e.target.files) onAdd(Array.from(e.target.files))
                if (fileInput.current) fileInput.current.value = ''
              }}
              data-testid="photo-input"
            />
            <span aria-hidden="true">＋</span>
            <small>{t('添加照片', 'Add photo')}</small>
          </label>
        </li>
      )}
    </ul>
  )
}
