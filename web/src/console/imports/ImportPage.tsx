import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Space, Tabs, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { Problem } from '../../shared/api/problem'
import type { ImportResult } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { can, useMe } from '../auth'
import { PageHead } from '../components/list'
import { asProblem, ImportProblem } from './ImportProblem'
import { type ImportTarget, templateHref, useImportWorkbook } from './queries'
import { RegionImportPanel } from './RegionImportPanel'

export function ImportPage() {
  const { t } = useLang()
  const me = useMe()
  // The tab is in the address (?tab=regions), so a message can point to it.
  const [params, setParams] = useSearchParams()
  const regions = can(me, 'county.admin')
  const asked = params.get('tab')
  const tab = asked === 'venues' || (asked === 'regions' && regions) ? asked : 'deputies'
  return (
    <>
      <PageHead title={t('Excel 导入', 'Excel import')} />
      {/* The region tab explains its own preview-and-apply steps. */}
      {tab !== 'regions' && (
        <Typography.Paragraph type="secondary">
          {t(
            '先下载模板，按模板填写后上传。可以先“校验”：只检查不导入。只要有一行有误，整个文件都不会导入，请按下表改正后重新上传。',
            'Download the template, fill it in and upload it. “Check” validates without importing. If any row is wrong nothing is imported: fix the rows listed and upload again.',
          )}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'deputies', label: t('人大代表', 'Deputies'), children: <ImportPanel target="deputies" /> },
          {
            key: 'venues',
            label: t('联络阵地', 'Liaison venues'),
            children: <ImportPanel target="venues" />,
          },
          // The region tree is the county's: county admins only.
          ...(regions
            ? [{ key: 'regions', label: t('行政区划', 'Regions'), children: <RegionImportPanel /> }]
            : []),
        ]}
      />
    </>
  )
}

function ImportPanel({ target }: { target: Exclude<ImportTarget, 'regions'> }) {
  const { t } = useLang()
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
        onError: (e) => setOutcome({ problem: asProblem(e) }),
      },
    )
  }
  const running = (dryRun: boolean) => importer.isPending && importer.variables?.dryRun === dryRun
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
        {outcome && 'problem' in outcome && <ImportProblem problem={outcome.problem} />}
      </Space>
    </Card>
  )
}
