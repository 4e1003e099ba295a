import { Alert, List, Typography } from 'antd'
import { ApiProblem, type Problem } from '../../shared/api/problem'
import { type Bilingual, useLang } from '../../shared/i18n'

type RowError = { row?: number; field: string; message: Bilingual }

/** A refused import: the problem, and every bad row with its row number, field and reason. */
export function ImportProblem({ problem }: { problem: Problem }) {
  const { t, lang } = useLang()
  const rowErrors: RowError[] = problem.errors ?? []
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t(problem.message)}
        description={
          rowErrors.length > 0
            ? t('请按下表逐行改正后重新上传。', 'Fix the rows listed below and upload the file again.')
            : t('未导入任何数据。', 'Nothing was imported.')
        }
      />
      {rowErrors.length > 0 && (
        // A list rather than a table: the reason, the longest part, wraps on a phone instead of scrolling away.
        <List<RowError>
          size="small"
          bordered
          dataSource={rowErrors}
          pagination={rowErrors.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
          renderItem={(e) => (
            <List.Item data-testid="import-error">
              <List.Item.Meta
                title={
                  <Typography.Text type="secondary">
                    {e.row ? t(`第 ${e.row} 行`, `Row ${e.row}`) : t('文件', 'File')} ·{' '}
                    <span className="lx-mono">{e.field}</span>
                  </Typography.Text>
                }
                description={<Typography.Text>{e.message[lang]}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </>
  )
}

/** Any failure of an import call as a problem to show. */
export function asProblem(e: unknown): Problem {
  return e instanceof ApiProblem
    ? e.problem
    : { code: 'error', status: 0, message: { zh: String(e), en: String(e) } }
}
