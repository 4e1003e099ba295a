import { PlusOutlined } from '@ant-design/icons'
import { App, Badge, Button, Input, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Unit, UnitKind } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, unitKindLabels } from '../../shared/labels'
import { can, useMe } from '../auth'
import { ExportButton, ListError, PageHead, useListParams, usePagination } from '../components/list'
import { TownSelect } from '../regions/TownSelect'
import { usePlatformTypes, useSaveUnit, useUnits } from './queries'
import { UnitForm } from './UnitForm'
import '../components/admin.css'

/** 承办单位: every reader sees the list; county admins create, edit, retire and restore units. */
export function UnitsPage() {
  const { t, lang } = useLang()
  const me = useMe()
  const admin = can(me, 'county.admin')
  const { message, modal } = App.useApp()
  const list = useListParams(['kind', 'regionCode', 'q'] as const)
  const kind = list.filters.kind as UnitKind | undefined
  const units = useUnits({ ...list.filters, kind, limit: list.limit, offset: list.offset })
  const platformTypes = usePlatformTypes()
  const save = useSaveUnit()
  const [editing, setEditing] = useState<{ unit: Unit | null } | null>(null)
  const setActive = (u: Unit, active: boolean) => {
    const run = () =>
      save.mutate(
        { target: u, body: { active } },
        {
          onSuccess: () => message.success(active ? t('已恢复', 'Restored') : t('已停用', 'Retired')),
          onError: (e) => message.error(e instanceof ApiProblem ? t(e.problem.message) : String(e)),
        },
      )
    if (active) return run()
    modal.confirm({
      title: t(`停用“${u.name}”？`, `Retire “${u.name}”?`),
      content: t(
        '停用后不能再向该单位交办新的意见，已交办的照常办理；之后可随时恢复。',
        'New items can no longer be assigned to it; items already assigned carry on. You can restore it later.',
      ),
      okText: t('停用', 'Retire'),
      okButtonProps: { danger: true },
      cancelText: t('取消', 'Cancel'),
      onOk: run,
    })
  }
  return (
    <>
      <PageHead
        title={t('承办单位', 'Handling units')}
        extra={
          <Space wrap>
            {admin && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unit: null })}>
                {t('新建承办单位', 'New unit')}
              </Button>
            )}
            <ExportButton name="units" filters={list.filters} />
          </Space>
        }
      />
      <div className="lx-toolbar">
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('全部类别', 'All kinds')}
          value={list.filters.kind}
          onChange={(v) => list.setFilter('kind', v)}
          options={codesOf(unitKindLabels).map((k) => ({
            value: k,
            label: label(unitKindLabels, k, lang),
          }))}
          aria-label={t('类别', 'Kind')}
        />
        <TownSelect value={list.filters.regionCode} onChange={(v) => list.setFilter('regionCode', v)} />
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('单位名称', 'Unit name')}
          defaultValue={list.filters.q}
          onSearch={(v) => list.setFilter('q', v.trim())}
        />
        {platformTypes.data && platformTypes.data.items.length > 0 && (
          <Space size={4} wrap>
            <Typography.Text type="secondary">{t('一室四平台：', 'Town platforms: ')}</Typography.Text>
            {platformTypes.data.items.map((p) => (
              <Tag key={p.code}>{lang === 'en' && p.nameEn ? p.nameEn : p.name}</Tag>
            ))}
          </Space>
        )}
      </div>
      <ListError error={units.error} />
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={units.isFetching}
        dataSource={units.data?.items}
        pagination={usePagination(list, units.data?.total)}
        className="lx-admin-table"
        columns={[
          {
            title: t('编号', 'Code'),
            dataIndex: 'code',
            className: 'lx-mono',
            width: 150,
            responsive: ['md'],
          },
          {
            title: t('单位名称', 'Unit'),
            dataIndex: 'name',
            render: (v: string, u) => (
              <>
                <div>{v}</div>
                {/* On a phone the other columns fold into this line. */}
                <div className="lx-cell-sub lx-phone-only">
                  {[label(unitKindLabels, u.kind, lang), u.platformTypeName, u.regionName, u.code]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </>
            ),
          },
          {
            title: t('类别', 'Kind'),
            dataIndex: 'kind',
            width: 150,
            responsive: ['md'],
            render: (v: UnitKind) => label(unitKindLabels, v, lang),
          },
          {
            title: t('平台类型', 'Platform'),
            dataIndex: 'platformTypeName',
            width: 160,
            responsive: ['md'],
            render: (v) => v || '—',
          },
          {
            title: t('所属区域', 'Region'),
            dataIndex: 'regionName',
            width: 140,
            responsive: ['md'],
            render: (v) => v || '—',
          },
          {
            title: t('状态', 'Status'),
            dataIndex: 'active',
            width: 100,
            render: (v: boolean) =>
              v ? (
                <Badge status="success" text={t('启用', 'Active')} />
              ) : (
                <Badge status="default" text={t('停用', 'Inactive')} />
              ),
          },
          ...(admin
            ? [
                {
                  title: t('操作', 'Actions'),
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, u: Unit) => (
                    <div className="lx-row-actions">
                      <Button size="small" type="link" onClick={() => setEditing({ unit: u })}>
                        {t('编辑', 'Edit')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        danger={u.active}
                        onClick={() => setActive(u, !u.active)}
                      >
                        {u.active ? t('停用', 'Retire') : t('恢复', 'Restore')}
                      </Button>
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <UnitForm unit={editing.unit} onClose={() => setEditing(null)} />}
    </>
  )
}
