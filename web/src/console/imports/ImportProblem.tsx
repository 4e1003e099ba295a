import { Alert, Table } from 'antd'
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
        <Table<RowError & { key: number }>
          size="small"
          rowKey="key"
          scroll={{ x: 'max-content' }}
          dataSource={rowErrors.map((e, i) => ({ ...e, key: i }))}
          pagination={rowErrors.length > 20 ? { pageSize: 20 } : false}
          columns={[
            { title: t('行号', 'Row'), dataIndex: 'row', width: 70, render: (v) => v ?? '—' },
            { title: t('字段', 'Field'), dataIndex: 'field', width: 110, className: 'lx-mono' },
            { title: t('原因', 'Reason'), key: 'reason', render: (_, e) => e.message[lang] },
          ]}
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
