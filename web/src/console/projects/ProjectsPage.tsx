import { App, Button, Empty, Form, Input, Modal, Progress, Select, Spin, Table, Typography } from 'antd'
import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { Project } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { can, useMe } from '../auth'
import { applyProblemToForm, ListError, PageHead } from '../components/list'
import { useIsPhone } from '../components/phone'
import { ColourCounts } from './Chips'
import { useProjects, useSaveProject } from './queries'
import './projects.css'

/** 民生实事项目: a year's projects with their sites counted by colour and their average progress. */
export function ProjectsPage() {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  const phone = useIsPhone()
  const [params, setParams] = useSearchParams()
  const asked = Number(params.get('year')) || undefined
  const projects = useProjects(asked)
  const year = projects.data?.year ?? asked
  const plans = can(me, 'projects.plan')
  const [editing, setEditing] = useState<Project | 'new' | null>(null)
  const sitesOf = (p: Project) => `/sites?year=${p.year}&projectId=${p.id}`
  const years = projects.data?.years ?? []
  return (
    <>
      <PageHead
        title={t('民生实事项目', 'Livelihood projects')}
        extra={
          plans &&
          year && (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="add-project">
              {t('新增项目', 'Add a project')}
            </Button>
          )
        }
      />
      <div className="lx-toolbar">
        <Select
          value={year}
          style={{ width: 120 }}
          aria-label={t('年度', 'Year')}
          onChange={(y) => setParams({ year: String(y) }, { replace: true })}
          options={years.map((y) => ({ value: y, label: t(`${y} 年`, String(y)) }))}
        />
        {year && <Link to={`/sites?year=${year}`}>{t('查看全部点位', 'All sites')}</Link>}
      </div>
      <ListError error={projects.error} />
      {projects.isPending && <Spin />}
      {projects.data && projects.data.items.length === 0 && (
        <Empty description={t('该年度还没有民生实事项目', 'No project in this year')} />
      )}
      {phone ? (
        <ul className="lx-site-cards" data-testid="project-cards">
          {projects.data?.items.map((p) => (
            <li key={p.id} className="lx-site-card" data-testid="project-card">
              <div className="lx-site-card-head">
                <Link to={sitesOf(p)}>
                  <strong>
                    {p.seq}. {p.name}
                  </strong>
                </Link>
                <span className="lx-cell-sub">{t(`${p.sites} 个点位`, `${p.sites} sites`)}</span>
              </div>
              <ColourCounts {...p} />
              <Progress percent={p.averageProgress} size="small" />
              <div className="lx-site-card-head">
                <span className="lx-site-meta">{p.leadUnit?.name ?? ''}</span>
                <span>
                  {plans && (
                    <Button size="small" type="link" onClick={() => setEditing(p)}>
                      {t('修改', 'Edit')}
                    </Button>
                  )}
                  <Link to={sitesOf(p)}>{t('查看点位 ›', 'Sites ›')}</Link>
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        projects.data &&
        projects.data.items.length > 0 && (
          <Table<Project>
            rowKey="id"
            size="middle"
            pagination={false}
            loading={projects.isFetching}
            dataSource={projects.data.items}
            data-testid="projects-table"
            onRow={(p) => ({ onClick: () => navigate(sitesOf(p)), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('序号', 'No.'), dataIndex: 'seq', width: 64 },
              {
                title: t('项目', 'Project'),
                key: 'name',
                render: (_, p) => (
                  <>
                    <Typography.Link>{p.name}</Typography.Link>
                    {p.leadUnit && <div className="lx-cell-sub">{p.leadUnit.name}</div>}
                  </>
                ),
              },
              { title: t('点位', 'Sites'), dataIndex: 'sites', width: 72 },
              {
                title: t('红 · 黄 · 蓝', 'Red · yellow · blue'),
                key: 'counts',
                render: (_, p) => <ColourCounts {...p} />,
              },
              {
                title: t('平均进度', 'Average progress'),
                key: 'progress',
                width: 200,
                render: (_, p) => <Progress percent={p.averageProgress} size="small" />,
              },
              ...(plans
                ? [
                    {
                      title: '',
                      key: 'edit',
                      width: 80,
                      render: (_: unknown, p: Project) => (
                        <Button
                          size="small"
                          type="link"
                          onClick={(e) => {
                            e.stopPropagation()
                            setEditing(p)
                          }}
                        >
                          {t('修改', 'Edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )
      )}
      {editing && year && (
        <ProjectModal
          project={editing === 'new' ? null : editing}
          year={year}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  )
}

interface Values {
  name: string
  description?: string
}

/** Adding a project to the year, or renaming and describing one (county congress staff). */
function ProjectModal({
  project,
  year,
  onClose,
}: {
  project: Project | null
  year: number
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const save = useSaveProject()
  const submit = async (v: Values) => {
    try {
      await save.mutateAsync({
        id: project?.id,
        body: {
          year,
          name: v.name.trim(),
          description: v.description?.trim() ?? '',
          leadUnitId: project?.leadUnit?.id ?? null,
          ...(project ? { version: project.version } : {}),
        },
      })
      message.success(t('已保存', 'Saved'))
      onClose()
    } catch (e) {
      if (!applyProblemToForm(form, e, lang)) message.error(t('保存失败', 'Could not save'))
    }
  }
  return (
    <Modal
      open
      title={
        project
          ? t('修改项目', 'Edit the project')
          : t(`新增 ${year} 年民生实事项目`, `Add a project to ${year}`)
      }
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ name: project?.name ?? '', description: project?.description ?? '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="name"
          label={t('项目名称', 'Name')}
          rules={[
            { required: true, whitespace: true, message: t('请填写项目名称', 'Name the project') },
            { max: 100 },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('项目说明（选填）', 'Description (optional)')}
          rules={[{ max: 2000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
