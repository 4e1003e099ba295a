import { useLang } from '../../shared/i18n'
import { useTrackedFile } from './queries'

/**
 * Photos (the citizen's own, or the unit's attachments to its answer) need the access token in a header, so they
 * are fetched and shown from a blob URL.
 */
export function TrackedPhoto({
  code,
  token,
  fileId,
  kind = 'photos',
}: {
  code: string
  token: string
  fileId: string
  kind?: 'photos' | 'attachments'
}) {
  const { t } = useLang()
  const { src, failed } = useTrackedFile(code, token, fileId, kind)
  if (failed) return <span className="lx-photo-error">{t('照片加载失败', 'Could not load')}</span>
  const alt =
    kind === 'photos' ? t('我上传的照片', 'My photo') : t('办理照片', 'Photo from the handling unit')
  return src ? <img src={src} alt={alt} /> : <span className="lx-photo-loading" />
}
