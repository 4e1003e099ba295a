import { Alert, App, Button, Form, Modal } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../../shared/api/problem'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { label, statusLabels } from '../../../shared/labels'
import { applyProblemToForm } from '../../components/list'
import type { OfferedSpec } from '../actions'
import { type ActionValues, useReloadSuggestion, useSuggestionAction } from '../queries'
import { ActionField } from './fields/ActionField'

/**
 * The dialog of any action: the fields of its spec, posted with the version of the item on screen. A stale
 * version (someone acted meanwhile) offers to reload the item instead.
 */
export function ActionDialog({
  detail,
  spec,
  preset,
  onClose,
}: {
  detail: SuggestionDetail
  spec: OfferedSpec
  /** Values chosen before the dialog opened (the primary item picked in the duplicates list). */
  preset?: ActionValues
  onClose: () => void
}) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<ActionValues>()
  const [problem, setProblem] = useState<{ text: string; stale: boolean } | null>(null)
  const run = useSuggestionAction(detail)
  const reload = useReloadSuggestion()

  const submit = (values: ActionValues) =>
    run.mutate(
      { endpoint: spec.endpoint, values },
      {
        onSuccess: (r) => {
          message.success(
            t(
              `${spec.label.zh}成功，当前状态：${label(statusLabels, r.status, 'zh')}`,
              `${spec.label.en}: done. Status: ${label(statusLabels, r.status, 'en')}`,
            ),
          )
          onClose()
        },
        onError: (error) => {
          const stale = error instanceof ApiProblem && error.status === 409
          if (applyProblemToForm(form, error, lang) && !stale) return
          setProblem({
            stale,
            text: stale
              ? t(
                  '此事项已被他人修改或状态已变化，请重新加载后再操作。',
                  'Someone else changed this item or its state moved on; reload it and try again.',
                ) + (error instanceof ApiProblem ? `（${t(error.problem.message)}）` : '')
              : error instanceof ApiProblem
                ? t(error.problem.message)
                : t('操作失败，请重试', 'Failed; please try again'),
          })
        },
      },
    )

  return (
    <Modal
      open
      title={`${t(spec.label)} · ${detail.trackingCode}`}
      okText={t(spec.label)}
      okButtonProps={{ danger: spec.danger, 'data-testid': 'action-submit' } as never}
      cancelText={t('取消', 'Cancel')}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {problem && (
        <Alert
          className="lx-gap"
          type="error"
          showIcon
          title={problem.text}
          action={
            problem.stale ? (
              <Button
                size="small"
                onClick={() => {
                  void reload(detail.id)
                  onClose()
                }}
              >
                {t('重新加载', 'Reload')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form form={form} layout="vertical" initialValues={preset} onFinish={submit}>
        {spec.confirm && (
          <Alert
            className="lx-gap"
            type="info"
            title={t(spec.confirm.text)}
            description={
              spec.confirm.quote === 'answer' && detail.answer ? (
                <span className="lx-content-text">{detail.answer}</span>
              ) : undefined
            }
          />
        )}
        {spec.fields.map((field) => (
          <ActionField key={field.kind} field={field} detail={detail} />
        ))}
      </Form>
    </Modal>
  )
}
