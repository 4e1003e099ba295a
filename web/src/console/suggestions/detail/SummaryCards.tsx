import { Alert, Card, Descriptions, Image, Tag } from 'antd'
import { Link } from 'react-router'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { label, labelOf, outcomeLabels, ratingLabels } from '../../../shared/labels'
import { AttachmentThumbs } from './attachments'

/** What the citizen said (with photos), where it was merged, the answer and rating, the unit's photos. */
export function SummaryCards({ detail: d }: { detail: SuggestionDetail }) {
  const { t, lang } = useLang()
  return (
    <>
      <Card title={t('群众反映', 'What the citizen said')} size="small">
        <p className="lx-content-text" data-testid="suggestion-content">
          {d.content}
        </p>
        {d.photos.length > 0 && (
          <div className="lx-photo-row">
            <Image.PreviewGroup>
              {d.photos.map((p) => (
                <Image key={p.id} src={p.url} width={120} height={120} alt={t('群众上传的照片', 'Photo')} />
              ))}
            </Image.PreviewGroup>
          </div>
        )}
      </Card>

      {d.mergedInto && (
        <Alert
          type="info"
          showIcon
          title={
            <span>
              {t('已并入主件 ', 'Merged into ')}
              <Link to={`/suggestions/${d.mergedInto.id}`} className="lx-mono">
                {d.mergedInto.trackingCode}
              </Link>
            </span>
          }
        />
      )}

      {(d.answer || d.rating) && (
        <Card title={t('答复与评价', 'Answer and rating')} size="small">
          <Descriptions column={1} size="small">
            {d.outcome && (
              <Descriptions.Item label={t('办理结果', 'Outcome')}>
                <Tag color={d.outcome === 'A' ? 'green' : 'blue'}>
                  {label(outcomeLabels, d.outcome, lang)}
                </Tag>
              </Descriptions.Item>
            )}
            {d.answer && (
              <Descriptions.Item label={t('答复内容', 'Answer')}>
                <span className="lx-content-text">{d.answer}</span>
              </Descriptions.Item>
            )}
            {d.unitAnswer && (
              <Descriptions.Item
                label={t('承办单位原答复（审核时修改了措辞）', "The unit's own text (reworded in review)")}
              >
                <span className="lx-content-text">{d.unitAnswer}</span>
              </Descriptions.Item>
            )}
            {d.rating && (
              <Descriptions.Item label={t('群众评价', 'Rating')}>
                <Tag color={d.rating === 'dissatisfied' ? 'red' : 'green'}>
                  {labelOf(ratingLabels, d.rating, lang)}
                </Tag>
                {d.ratingComment && <span className="lx-content-text">{d.ratingComment}</span>}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}

      {d.attachments.length > 0 && (
        <Card title={t('附件（办理照片）', 'Attachments (handling photos)')} size="small">
          <AttachmentThumbs attachments={d.attachments} />
        </Card>
      )}
    </>
  )
}
