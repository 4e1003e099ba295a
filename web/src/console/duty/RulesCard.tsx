import { App, Button, Card, Empty, List, Popconfirm, Space, Tag } from 'antd'
import { useState } from 'react'
import type { DutyRule } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { ListError } from '../components/list'
import { useDutyRules, useRetireRule } from './queries'
import { RuleForm } from './RuleForm'

/** A venue's recurring duty rules, with add, change and stop for those who keep its schedule. */
export function RulesCard({
  venueId,
  townCode,
  canEdit,
}: {
  venueId: string
  townCode?: string | null
  canEdit: boolean
}) {
  const { t } = useLang()
  const { message } = App.useApp()
  const rules = useDutyRules(venueId)
  const retire = useRetireRule()
  const [editing, setEditing] = useState<DutyRule | 'new' | null>(null)
  const active = (rules.data?.rules ?? []).filter((r) => r.active)
  return (
    <Card
      size="small"
      title={t('排班规则', 'Duty rules')}
      extra={
        canEdit && (
          <Button size="small" type="primary" onClick={() => setEditing('new')}>
            {t('新增规则', 'New rule')}
          </Button>
        )
      }
    >
      <ListError error={rules.error} />
      {active.length === 0 && !rules.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('还没有排班规则', 'No duty rules yet')} />
      ) : (
        <List<DutyRule>
          loading={rules.isPending}
          dataSource={active}
          renderItem={(r) => (
            <List.Item
              actions={
                canEdit
                  ? [
                      <Button key="edit" size="small" type="link" onClick={() => setEditing(r)}>
                        {t('修改', 'Change')}
                      </Button>,
                      <Popconfirm
                        key="retire"
                        title={t(
                          '停用后，今后未调整过的排班将被移除。',
                          'Untouched slots ahead will be removed.',
                        )}
                        okText={t('停用', 'Stop')}
                        cancelText={t('取消', 'Cancel')}
                        onConfirm={() =>
                          retire.mutate(
                            { id: r.id, version: r.version },
                            { onSuccess: () => message.success(t('已停用', 'Stopped')) },
                          )
                        }
                      >
                        <Button size="small" type="link" danger>
                          {t('停用', 'Stop')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={t(r.summary)}
                description={
                  <Space wrap size={4}>
                    {r.deputies.map((d) => (
                      <Tag key={d.id}>{d.name}</Tag>
                    ))}
                    {r.note && <span>{r.note}</span>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {editing && (
        <RuleForm
          venueId={venueId}
          townCode={townCode}
          rule={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  )
}
