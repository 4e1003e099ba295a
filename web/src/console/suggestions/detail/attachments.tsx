import { PlusOutlined } from '@ant-design/icons'
import { Image, Typography, Upload, type UploadFile } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../../shared/api/problem'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { type Attachment, useUploadAttachment } from '../queries'

export const MAX_ATTACHMENTS = 5
const MAX_BYTES = 10 * 1024 * 1024
const TYPES = ['image/jpeg', 'image/png', 'image/webp']

/**
 * The reply form's optional 附件（办理照片）: each image is uploaded as soon as it is picked (up to five in all,
 * counting those already on the item), shown as a thumbnail, and a failure is shown under the list.
 */
export function ReplyAttachmentsUpload({ detail }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  const upload = useUploadAttachment(detail.id)
  const [files, setFiles] = useState<UploadFile[]>([])
  const [errors, setErrors] = useState<{ key: number; text: string }[]>([])
  // Attachments already on the item, not counting the ones uploaded here (they come back with the refetch).
  const mine = new Set(files.map((f) => (f.response as Attachment | undefined)?.id).filter(Boolean))
  const existing = detail.attachments.filter((a) => !mine.has(a.id)).length
  const uploaded = files.filter((f) => f.status !== 'error').length
  const room = Math.max(0, MAX_ATTACHMENTS - existing)

  const fail = (text: string) => setErrors((e) => [...e, { key: Date.now() + Math.random(), text }])

  return (
    <div data-testid="reply-attachments">
      {existing > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t(`本件已有 ${existing} 张附件。`, `${existing} attachment(s) already on this item.`)}
        </Typography.Paragraph>
      )}
      <Upload
        listType="picture-card"
        accept={TYPES.join(',')}
        multiple
        fileList={files}
        onChange={({ fileList }) => setFiles(fileList)}
        showUploadList={{ showPreviewIcon: false }}
        beforeUpload={(file, batch) => {
          const name = file.name
          if (!TYPES.includes(file.type)) {
            fail(t(`${name}：只能上传 JPG、PNG 或 WebP 图片`, `${name}: only JPEG, PNG or WebP images`))
            return Upload.LIST_IGNORE
          }
          if (file.size > MAX_BYTES) {
            fail(t(`${name}：图片不能超过 10 MB`, `${name}: images must be 10 MB or smaller`))
            return Upload.LIST_IGNORE
          }
          if (uploaded + batch.indexOf(file) >= room) {
            fail(
              t(`${name}：最多 ${MAX_ATTACHMENTS} 张附件`, `${name}: at most ${MAX_ATTACHMENTS} attachments`),
            )
            return Upload.LIST_IGNORE
          }
          return true
        }}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          upload
            .mutateAsync({ file: file as File, onProgress: (percent) => onProgress?.({ percent }) })
            .then((a) => {
              onSuccess?.(a)
              setFiles((list) =>
                list.map((f) =>
                  f.uid === (file as UploadFile).uid ? { ...f, url: a.url, thumbUrl: a.url } : f,
                ),
              )
            })
            .catch((error: unknown) => {
              const text =
                error instanceof ApiProblem ? t(error.problem.message) : t('上传失败', 'Upload failed')
              fail(`${(file as File).name}：${text}`)
              onError?.(error as Error, text)
            })
        }}
      >
        {uploaded < room && (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 8 }}>{t('上传照片', 'Add a photo')}</div>
          </button>
        )}
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(
          `选填，JPG / PNG / WebP，每张不超过 10 MB，最多 ${MAX_ATTACHMENTS} 张；选择后立即上传。`,
          `Optional. JPEG / PNG / WebP, up to 10 MB each, at most ${MAX_ATTACHMENTS}; uploaded as soon as picked.`,
        )}
      </Typography.Text>
      {errors.length > 0 && (
        <div role="alert" data-testid="reply-attachments-errors">
          {errors.map((e) => (
            <div key={e.key}>
              <Typography.Text type="danger">{e.text}</Typography.Text>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}

/** Thumbnails of the handling unit's attachments; a click opens the full-size image. */
export function AttachmentThumbs({ attachments }: { attachments: Attachment[] }) {
  const { t } = useLang()
  return (
    <div className="lx-photo-row" data-testid="detail-attachments">
      <Image.PreviewGroup>
        {attachments.map((a) => (
          <Image key={a.id} src={a.url} width={120} height={120} alt={t('办理照片', 'Handling photo')} />
        ))}
      </Image.PreviewGroup>
    </div>
  )
}
