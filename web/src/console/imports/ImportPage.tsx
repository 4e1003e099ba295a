import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Space, Table, Tabs, Typography, Upload } from 'antd'
import { useState } from 'react'
import { ApiProblem, type Problem } from '../../shared/api/problem'
import type { ImportResult } from '../../shared/api/types'
import { type Bilingual, useLang } from '../../shared/i18n'
import { PageHead } from '../components/list'
import { type ImportTarget, templateHref, useImportWorkbook } from './queries'

export function ImportPage() {
  const { t } = useLang()
  return (
    <>
      <PageHead title={t('Excel 导入', 'Excel import')} />
      <Typography.Paragraph type="secondary">
        {t(
          '先下载模板，按模板填写后上传。可以先“校验”：只检查不导入。只要有一行有误，整个文件都不会导入，请按下表改正后重新上传。',
          'Download the template, fill it in and upload it. “Check” validates without importing. If any row is wrong nothing is imported: fix the rows listed and upload again.',
        )}
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'deputies', label: t('人大代表', 'Deputies'), children: <ImportPanel target="deputies" /> },
          {
            key: 'venues',
            label: t('联络阵地', 'Liaison venues'),
            children: <ImportPanel target="venues" />,
          },
        ]}
      />
    </>
  )
}

type RowError = { row?: number; field: string; message: Bilingual }

function ImportPanel({ target }: { target: ImportTarget }) {
  const { t, lang } = useLang()
  const [file, setFile] = useState<File | null>(null)
  const [outcome, setOutcome] = useState<ImportResult | { problem: Problem } | null>(null)
  const importer = useImportWorkbook(target)
  const run = (dryRun: boolean) => {
    if (!file) return
    setOutcome(null)
    importer.mutate(
      { file, dryRun },
      {
        onSuccess: (data) => setOutcome(data),
        onError: (e) =>
          setOutcome({
            problem:
              e instanceof ApiProblem
                ? e.problem
                : { code: 'error', status: 0, message: { zh: String(e), en: String(e) } },
          }),
      },
    )
  }
  const running = (dryRun: boolean) => importer.isPending && importer.variables?.dryRun === dryRun
  const rowErrors: RowError[] = outcome && 'problem' in outcome ? (outcome.problem.errors ?? []) : []
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Button icon={<DownloadOutlined />} href={templateHref(target)} download>
          {t('下载导入模板', 'Download the template')}
        </Button>
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f)
            setOutcome(null)
            return false
          }}
          onRemove={() => {
            setFile(null)
            setOutcome(null)
          }}
          fileList={
            file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size, type: file.type }] : []
          }
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('点击或拖入 .xlsx 文件', 'Click or drop an .xlsx file here')}</p>
        </Upload.Dragger>
        <Space>
          <Button disabled={!file} loading={running(true)} onClick={() => run(true)}>
            {t('校验（不导入）', 'Check only (dry run)')}
          </Button>
          <Button type="primary" disabled={!file} loading={running(false)} onClick={() => run(false)}>
            {t('导入', 'Import')}
          </Button>
        </Space>
        {outcome && 'imported' in outcome && (
          <Alert
            type="success"
            showIcon
            title={
              outcome.dryRun
                ? t(
                    `校验通过：${outcome.imported} 行都可以导入（尚未导入）。`,
                    `Check passed: ${outcome.imported} rows can be imported (nothing imported yet).`,
                  )
                : t(`已导入 ${outcome.imported} 行。`, `Imported ${outcome.imported} rows.`)
            }
          />
        )}
        {outcome && 'problem' in outcome && (
          <>
            <Alert
              type="error"
              showIcon
              title={t(outcome.problem.message)}
              description={
                rowErrors.length > 0
                  ? t(
                      `发现 ${rowErrors.length} 处错误，未导入任何数据。`,
                      `${rowErrors.length} problems found; nothing was imported.`,
                    )
                  : t('未导入任何数据。', 'Nothing was imported.')
              }
            />
            {rowErrors.length > 0 && (
              <Table<RowError & { key: number }>
                size="small"
                rowKey="key"
                dataSource={rowErrors.map((e, i) => ({ ...e, key: i }))}
                pagination={rowErrors.length > 20 ? { pageSize: 20 } : false}
                columns={[
                  { title: t('行号', 'Row'), dataIndex: 'row', width: 80, render: (v) => v ?? '—' },
                  { title: t('字段', 'Field'), dataIndex: 'field', width: 180, className: 'lx-mono' },
                  { title: t('原因', 'Reason'), key: 'reason', render: (_, e) => e.message[lang] },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Card>
  )
}
