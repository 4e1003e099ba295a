import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Card, List, Space, Tag, Typography, Upload } from 'antd'
import { useState } from 'react'
import type { Problem } from '../../shared/api/problem'
import type { ImportChange, ImportResult } from '../../shared/api/types'
import { type Bilingual, useLang } from '../../shared/i18n'
import { asProblem, ImportProblem } from './ImportProblem'
import { templateHref, useImportWorkbook } from './queries'

const CHANGE: Record<ImportChange['change'], { label: Bilingual; color: string }> = {
  added: { label: { zh: '新增', en: 'Added' }, color: 'green' },
  changed: { label: { zh: '更名', en: 'Renamed' }, color: 'blue' },
  retired: { label: { zh: '撤销', en: 'Retired' }, color: 'red' },
  restored: { label: { zh: '恢复', en: 'Restored' }, color: 'gold' },
}
const KINDS = Object.keys(CHANGE) as ImportChange['change'][]

/**
 * The county's region tree from the national division codes: upload a CSV or .xlsx (code, name, parent), preview
 * what it adds, renames, retires and restores, then apply exactly that file.
 */
export function RegionImportPanel() {
  const { t } = useLang()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<ImportResult | null>(null)
  const [applied, setApplied] = useState<ImportResult | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const importer = useImportWorkbook('regions')
  const reset = (f: File | null) => {
    setFile(f)
    setPreview(null)
    setApplied(null)
    setProblem(null)
  }
  const run = (dryRun: boolean) => {
    if (!file) return
    setProblem(null)
    setApplied(null)
    importer.mutate(
      { file, dryRun },
      {
        onSuccess: (data) => {
          if (dryRun) setPreview(data)
          else {
            setApplied(data)
            setPreview(null)
          }
        },
        onError: (e) => {
          setPreview(null)
          setProblem(asProblem(e))
        },
      },
    )
  }
  const running = (dryRun: boolean) => importer.isPending && importer.variables?.dryRun === dryRun
  const changes = preview?.changes ?? []
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(
            '导入国家统计局《统计用区划和城乡划分代码》中本县的镇(街道)和村(社区)：CSV 或 .xlsx 文件，列为 区划代码、名称、上级代码（code, name, parent），代码均为 12 位。先预览差异，确认后应用。已不在代码中的村(社区)会被撤销：保留原有记录，不会删除。',
            "Load the county's towns and villages from the national statistical division codes: a CSV or .xlsx file with the columns code, name, parent (12-digit codes). Preview the differences, then apply them. A village no longer in the codes is retired: its records stay, nothing is deleted.",
          )}
        </Typography.Paragraph>
        <Button icon={<DownloadOutlined />} href={templateHref('regions')} download>
          {t('下载导入模板', 'Download the template')}
        </Button>
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            reset(f)
            return false
          }}
          onRemove={() => reset(null)}
          fileList={
            file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size, type: file.type }] : []
          }
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {t('点击或拖入 .csv / .xlsx 文件', 'Click or drop a .csv or .xlsx file here')}
          </p>
        </Upload.Dragger>
        <Space wrap>
          <Button disabled={!file} loading={running(true)} onClick={() => run(true)}>
            {t('预览差异', 'Preview the differences')}
          </Button>
          <Button
            type="primary"
            disabled={!preview || changes.length === 0}
            loading={running(false)}
            onClick={() => run(false)}
          >
            {t('应用', 'Apply')}
          </Button>
        </Space>
        {preview && changes.length === 0 && (
          <Alert
            type="success"
            showIcon
            title={t(
              `区划已是最新：文件中的 ${preview.imported} 个镇(街道)和村(社区)与现有区划一致，无需更改。`,
              `Up to date: the ${preview.imported} towns and villages of the file match the stored tree; nothing to change.`,
            )}
          />
        )}
        {preview && changes.length > 0 && <ChangeList changes={changes} units={preview.imported} />}
        {applied && (
          <Alert
            type="success"
            showIcon
            title={t('已应用。', 'Applied.')}
            description={<Counts changes={applied.changes ?? []} />}
          />
        )}
        {problem && <ImportProblem problem={problem} />}
      </Space>
    </Card>
  )
}

function Counts({ changes }: { changes: ImportChange[] }) {
  const { t } = useLang()
  return (
    <Space wrap size={4}>
      {KINDS.map((k) => (
        <Tag key={k} color={CHANGE[k].color}>
          {t(CHANGE[k].label)} {changes.filter((c) => c.change === k).length}
        </Tag>
      ))}
    </Space>
  )
}

function ChangeList({ changes, units }: { changes: ImportChange[]; units: number }) {
  const { t } = useLang()
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={t(
          `预览：文件中有 ${units} 个镇(街道)和村(社区)，应用后将作如下更改（尚未更改）。`,
          `Preview: the file lists ${units} towns and villages; applying it makes these changes (nothing changed yet).`,
        )}
        description={<Counts changes={changes} />}
      />
      <List<ImportChange>
        size="small"
        bordered
        dataSource={changes}
        pagination={changes.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
        renderItem={(c) => (
          <List.Item data-testid="import-change">
            <Space size={8} wrap>
              <Tag color={CHANGE[c.change].color}>{t(CHANGE[c.change].label)}</Tag>
              <span>
                {c.previous && c.previous !== c.label && (
                  <>
                    <Typography.Text delete type="secondary">
                      {c.previous}
                    </Typography.Text>{' '}
                    →{' '}
                  </>
                )}
                {c.label}
              </span>
              <Typography.Text type="secondary" className="lx-mono">
                {c.key}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </>
  )
}
