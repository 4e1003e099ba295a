import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../db/index.ts'
import { AppError, invalidField, type Message } from './errors.ts'
import { MAX_IMAGE_BYTES, type ProcessedImage, reencodePhoto } from './images.ts'
import type { Subject } from './notify.ts'

/**
 * Files of every module, in one table: a photo is uploaded (checked by its bytes, re-encoded without EXIF or
 * GPS), stored with the owning module's `purpose`, and belongs to a subject (`subject_type`, `subject_id`)
 * once attached. Uploads not attached within a day are removed by housekeeping (platform/jobs.ts).
 */

/** Body limit of a route taking one photo: the photo and the multipart framing. */
export const PHOTO_BODY_LIMIT = MAX_IMAGE_BYTES + 64 * 1024

/** Lets the plugin's routes take one multipart photo each (register once per plugin that has such routes). */
export async function acceptPhotoUploads(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, parts: 6 },
  })
}

const tooLarge = (field: string) =>
  new AppError('payload_too_large', { zh: '照片不能超过 10 MB', en: 'A photo must be at most 10 MB' }, field)

/** Reads the one photo of a multipart request (field `file`), checks it by its bytes and re-encodes it. */
export async function readPhoto(request: FastifyRequest, field = 'file'): Promise<ProcessedImage> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      { zh: '请以 multipart/form-data 上传照片', en: 'Upload the photo as multipart/form-data' },
      field,
    )
  }
  let part: Awaited<ReturnType<FastifyRequest['file']>>
  try {
    part = await request.file()
  } catch {
    throw invalidField(field, { zh: '上传内容无效', en: 'The upload is not valid' })
  }
  if (part?.fieldname !== field) {
    throw invalidField(field, {
      zh: '请选择要上传的照片',
      en: `Choose a photo to upload (field "${field}")`,
    })
  }
  let data: Buffer
  try {
    data = await part.toBuffer()
  } catch {
    throw tooLarge(field)
  }
  if (part.file.truncated) throw tooLarge(field)
  return reencodePhoto(data, field)
}

export interface StoreFile {
  purpose: string
  subject: Subject | null
  image: ProcessedImage
  uploadedBy: string | null
  countyCode: string
}

export async function storeFile(db: Db, f: StoreFile): Promise<string> {
  const row = await db
    .insertInto('files')
    .values({
      purpose: f.purpose,
      subject_type: f.subject?.type ?? null,
      subject_id: f.subject?.id ?? null,
      mime_type: f.image.mimeType,
      byte_size: f.image.data.length,
      width: f.image.width,
      height: f.image.height,
      original_name: null,
      sha256: f.image.sha256,
      data: f.image.data,
      uploaded_by: f.uploadedBy,
      county_code: f.countyCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The files of a subject, oldest first (metadata only). */
export function filesOf(db: Db, subject: Subject, purposes: readonly string[]) {
  return db
    .selectFrom('files')
    .select(['id', 'purpose', 'width', 'height', 'created_at'])
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('purpose', 'in', [...purposes])
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export async function countFiles(db: Db, subject: Subject, purpose: string): Promise<number> {
  const row = await db
    .selectFrom('files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Attaches fresh uploads (unattached, under a day old, of the given purpose) to a subject; any other id is a
 * 400 naming the field, and nothing is attached.
 */
export async function attachUploads(
  trx: Db,
  subject: Subject,
  purpose: string,
  ids: string[],
  field: string,
  max: number,
): Promise<void> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return
  if (unique.length > max)
    throw invalidField(field, { zh: `最多上传 ${max} 张照片`, en: `At most ${max} photos` })
  const files = await trx
    .selectFrom('files')
    .select(['id', 'subject_id', 'created_at'])
    .where('id', 'in', unique)
    .where('purpose', '=', purpose)
    .execute()
  const dayAgo = Date.now() - 24 * 3600_000
  for (const id of unique) {
    const f = files.find((x) => x.id === id)
    if (!f || f.subject_id !== null || new Date(f.created_at).getTime() < dayAgo) {
      throw invalidField(field, {
        zh: '照片不存在或已被使用，请重新上传',
        en: 'A photo is unknown or already used; upload it again',
      })
    }
  }
  await trx
    .updateTable('files')
    .set({ subject_type: subject.type, subject_id: subject.id })
    .where('id', 'in', unique)
    .execute()
}

/**
 * Answers one file of a subject, or the given 404 when it is not the subject's (or not of the purposes).
 * Photos are private: cached by the browser only.
 */
export async function sendSubjectFile(
  reply: FastifyReply,
  db: Db,
  subject: Subject,
  fileId: string,
  purposes: readonly string[],
  notFound: Message,
): Promise<FastifyReply> {
  const file = await db
    .selectFrom('files')
    .select(['data', 'mime_type'])
    .where('id', '=', fileId)
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('purpose', 'in', [...purposes])
    .executeTakeFirst()
  if (!file) throw new AppError('not_found', notFound)
  return reply
    .header('content-type', file.mime_type)
    .header('cache-control', 'private, max-age=3600')
    .send(Buffer.from(file.data))
}
