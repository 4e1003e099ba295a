import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, List, Popconfirm, Select, Spin, Tag } from 'antd'
import { useState } from 'react'
import type { RecordEntry } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { label, recordEntryKindLabels } from '../../shared/labels'
import { ListError, PageHead } from '../components/list'
import { EntryForm } from './EntryForm'
import { Indicators } from './Indicators'
import { useDeputyRecord, useRetireEntry } from './queries'
import './records.css'
import { recordYears } from './year'

/** One deputy's record of a year: the indicators, then the entries made by hand with their actions. */
export function RecordView({
  deputyId,
  year,
  onYear,
  own,
}: {
  deputyId: string
  year: number
  onYear: (year: number) => void
  own: boolean
}) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const record = useDeputyRecord(deputyId, year)
  const retire = useRetireEntry()
  const [editing, setEditing] = useState<RecordEntry | 'new' | null>(null)
  const r = record.data
  const title = own
    ? t('我的履职档案', 'My record')
    : r
      ? t(`${r.deputy.name}的履职档案`, `Record of ${r.deputy.name}`)
      : t('履职档案', 'Deputy record')
  return (
    <div className="lx-record" data-testid="deputy-record">
      <PageHead
        title={title}
        extra={
          <Select
            value={year}
            onChange={onYear}
            style={{ width: 110 }}
            options={recordYears().map((y) => ({ value: y, label: t(`${y} 年`, String(y)) }))}
            aria-label={t('年度', 'Year')}
          />
        }
      />
      {r && (
        <p className="lx-muted lx-record-who">
          {[
            r.deputy.code,
            r.deputy.townName,
            r.deputy.regionName !== r.deputy.townName ? r.deputy.regionName : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <ListError error={record.error} />
      {record.isPending && <Spin style={{ display: 'block', margin: 32 }} />}
      {r && <Indicators indicators={r.indicators} />}
      {r && (
        <Card
          size="small"
          className="lx-gap"
          title={t(`登记事项（${r.entries.length}）`, `Entries (${r.entries.length})`)}
          extra={
            r.entryKinds.length > 0 && (
              <Button
                type="primary"
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="add-entry"
              >
                {t('登记', 'Add')}
              </Button>
            )
          }
          data-testid="record-entries"
        >
          {r.entries.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('本年度还没有登记事项', 'Nothing entered for this year')}
            />
          ) : (
            <List
              size="small"
              dataSource={r.entries}
              renderItem={(e) => (
                <List.Item
                  data-testid="record-entry"
                  actions={[
                    e.allowedActions.includes('edit') && (
                      <Button key="edit" size="small" type="link" onClick={() => setEditing(e)}>
                        {t('修改', 'Edit')}
                      </Button>
                    ),
                    e.allowedActions.includes('retire') && (
                      <Popconfirm
                        key="retire"
                        title={t('撤销这条登记？', 'Retire this entry?')}
                        description={t('撤销后不再计入档案', 'It will no longer count')}
                        okText={t('撤销', 'Retire')}
                        cancelText={t('取消', 'Cancel')}
                        onConfirm={() =>
                          retire.mutate(
                            { id: e.id, version: e.version },
                            {
                              onSuccess: () => message.success(t('已撤销', 'Retired')),
                              onError: () =>
                                message.error(t('撤销失败，请刷新后重试', 'Could not retire; reload')),
                            },
                          )
                        }
                      >
                        <Button size="small" type="link" danger>
                          {t('撤销', 'Retire')}
                        </Button>
                      </Popconfirm>
                    ),
                  ].filter(Boolean)}
                >
                  <div className="lx-card-body">
                    <div className="lx-card-line">
                      <Tag color={e.kind === 'training' ? 'blue' : e.kind === 'proposal' ? 'red' : 'green'}>
                        {label(recordEntryKindLabels, e.kind, lang)}
                      </Tag>
                      <strong>{e.title}</strong>
                    </div>
                    <div className="lx-card-meta">
                      <span>{e.day}</span>
                      {e.quantity > 1 && <span>{t(`${e.quantity} 件`, `× ${e.quantity}`)}</span>}
                      {e.hours !== null && <span>{t(`${e.hours} 学时`, `${e.hours} hours`)}</span>}
                      {e.createdByName && (
                        <span>{t(`登记人：${e.createdByName}`, `By ${e.createdByName}`)}</span>
                      )}
                    </div>
                    {e.note && <div className="lx-card-meta">{e.note}</div>}
                  </div>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      {r && editing && (
        <EntryForm
          deputyId={deputyId}
          year={year}
          kinds={editing === 'new' ? r.entryKinds : [...new Set([editing.kind, ...r.entryKinds])]}
          entry={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}
