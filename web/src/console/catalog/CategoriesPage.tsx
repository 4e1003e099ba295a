import { PlusOutlined } from '@ant-design/icons'
import { App, Badge, Button, Card, Table } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { CategoryAdmin } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { TimeLimitsCard } from '../calendar/TimeLimitsCard'
import { ListError, PageHead } from '../components/list'
import { CategoryForm } from './CategoryForm'
import { useAllCategories, useSaveCategory } from './queries'
import '../components/admin.css'

/**
 * 意见类别与办理时限: the categories citizens and staff file opinions under (created, renamed, reordered,
 * retired and restored, never deleted), and the time limits deadlines are counted with, per tier and category.
 */
export function CategoriesPage() {
  const { t } = useLang()
  const { message, modal } = App.useApp()
  const categories = useAllCategories()
  const save = useSaveCategory()
  const [editing, setEditing] = useState<{ category: CategoryAdmin | null } | null>(null)
  const setActive = (c: CategoryAdmin, active: boolean) => {
    const run = () =>
      save.mutate(
        { target: c, body: { active } },
        {
          onSuccess: () => message.success(active ? t('已恢复', 'Restored') : t('已停用', 'Retired')),
          onError: (e) => message.error(e instanceof ApiProblem ? t(e.problem.message) : String(e)),
        },
      )
    if (active) return run()
    modal.confirm({
      title: t(`停用类别“${c.name}”？`, `Retire the category “${c.name}”?`),
      content: t(
        '停用后群众和工作人员提交意见时不再可选；已有意见保留原类别；之后可随时恢复。',
        'It is no longer offered when opinions are filed; existing items keep it. You can restore it later.',
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
        title={t('意见类别与办理时限', 'Categories and time limits')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ category: null })}>
            {t('新建类别', 'New category')}
          </Button>
        }
      />
      <ListError error={categories.error} />
      <Card size="small" title={t('意见类别', 'Categories')} className="lx-gap">
        <Table<CategoryAdmin>
          rowKey="code"
          size="small"
          className="lx-admin-table"
          pagination={false}
          loading={categories.isFetching}
          dataSource={categories.data?.items}
          columns={[
            { title: t('排序', 'Order'), dataIndex: 'sort', width: 70, responsive: ['md'] },
            {
              title: t('名称', 'Name'),
              dataIndex: 'name',
              render: (v: string, c) => (
                <>
                  <div>{v}</div>
                  <div className="lx-cell-sub">
                    <span className="lx-mono">{c.code}</span>
                    {c.nameEn ? ` · ${c.nameEn}` : ''}
                  </div>
                </>
              ),
            },
            {
              title: t('状态', 'Status'),
              dataIndex: 'active',
              width: 90,
              render: (v: boolean) =>
                v ? (
                  <Badge status="success" text={t('启用', 'Active')} />
                ) : (
                  <Badge status="default" text={t('已停用', 'Retired')} />
                ),
            },
            {
              title: t('操作', 'Actions'),
              key: 'actions',
              width: 130,
              render: (_, c) => (
                <div className="lx-row-actions">
                  <Button size="small" type="link" onClick={() => setEditing({ category: c })}>
                    {t('编辑', 'Edit')}
                  </Button>
                  <Button size="small" type="link" danger={c.active} onClick={() => setActive(c, !c.active)}>
                    {c.active ? t('停用', 'Retire') : t('恢复', 'Restore')}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      </Card>
      <TimeLimitsCard editable className="lx-gap" />
      {editing && <CategoryForm category={editing.category} onClose={() => setEditing(null)} />}
    </>
  )
}
