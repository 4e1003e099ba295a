import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd'
import { useState } from 'react'
import { ApiProblem } from '../../shared/api/problem'
import type { Account, Role } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { codesOf, label, roleLabels } from '../../shared/labels'
import { applyProblemToForm } from '../components/list'
import { useRegions } from '../regions/queries'
import { type GrantInput, useCreateAccount, useUpdateAccount } from './queries'
import { DeputyPicker, SCOPE_OF, TownPicker, UnitPicker, VenuePicker } from './ScopePickers'

interface GrantValues {
  role?: Role
  regionCode?: string
  venueId?: string
  unitId?: string
}

interface AccountValues {
  username: string
  displayName: string
  password?: string
  deputyId?: string
  roles: GrantValues[]
}

/** The grant as the server takes it: the role and exactly the scope it needs. */
function grantOf(g: GrantValues, countyCode: string | undefined): GrantInput {
  const scope = SCOPE_OF[g.role!]
  if (scope === 'county') return { role: g.role!, regionCode: countyCode }
  if (scope === 'town') return { role: g.role!, regionCode: g.regionCode }
  if (scope === 'venue') return { role: g.role!, venueId: g.venueId }
  if (scope === 'unit') return { role: g.role!, unitId: g.unitId }
  return { role: g.role! }
}

/** Creating an account (`account` null) or changing an account's name and roles. */
export function AccountForm({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const { message } = App.useApp()
  const [form] = Form.useForm<AccountValues>()
  const roles = Form.useWatch('roles', form) ?? []
  const county = useRegions({ level: 'county', limit: 1, offset: 0 }, { lookup: true }).data?.items[0]
  const create = useCreateAccount()
  const update = useUpdateAccount()
  const [formError, setFormError] = useState<string | null>(null)
  const pending = create.isPending || update.isPending

  const onError = (error: unknown) => {
    if (!applyProblemToForm(form, error, lang))
      setFormError(error instanceof ApiProblem ? t(error.problem.message) : String(error))
    else setFormError(null)
  }
  const submit = (v: AccountValues) => {
    const grants = v.roles.map((g) => grantOf(g, county?.code))
    const done = {
      onSuccess: () => {
        message.success(t('已保存', 'Saved'))
        onClose()
      },
      onError,
    }
    if (account) {
      update.mutate({ id: account.id, body: { displayName: v.displayName.trim(), roles: grants } }, done)
      return
    }
    create.mutate(
      {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        password: v.password ?? '',
        roles: grants,
        ...(v.deputyId && { deputyId: v.deputyId }),
      },
      done,
    )
  }
  const needsDeputy = !account && roles.some((g) => g?.role === 'deputy')
  const scopeNameOf = (i: number) => account?.roles[i]?.scopeName

  return (
    <Modal
      open
      width={640}
      title={account ? t('编辑账号', 'Edit account') : t('新建账号', 'New account')}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      {formError && <Alert className="lx-gap" type="error" showIcon title={formError} />}
      <Form<AccountValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={
          account
            ? {
                username: account.username,
                displayName: account.displayName,
                roles: account.roles.map((g) => ({
                  role: g.role,
                  regionCode: g.regionCode ?? undefined,
                  venueId: g.venueId ?? undefined,
                  unitId: g.unitId ?? undefined,
                })),
              }
            : { roles: [{}] }
        }
      >
        <Form.Item
          name="username"
          label={t('用户名', 'Username')}
          rules={[
            { required: true, message: t('请填写用户名', 'Enter a username') },
            {
              pattern: /^[a-zA-Z0-9_.-]{3,32}$/,
              message: t('3–32 位字母、数字、. _ -', '3–32 letters, digits, . _ -'),
            },
          ]}
        >
          <Input maxLength={32} disabled={account !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('姓名', 'Name')}
          rules={[{ required: true, message: t('请填写姓名', 'Enter a name') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        {!account && (
          <Form.Item
            name="password"
            label={t('初始密码', 'Initial password')}
            extra={t(
              '至少 8 位，含大写字母、小写字母、数字、符号中的三类。也可先随意设置，再用“重置密码”发放临时密码。',
              'At least 8 characters of 3 kinds. Or set any, then use “Reset password” to issue a temporary one.',
            )}
            rules={[{ required: true, message: t('请设置初始密码', 'Set an initial password') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Typography.Text strong>{t('角色与范围', 'Roles and scopes')}</Typography.Text>
        <Form.List name="roles">
          {(fields, { add, remove }) => (
            <div className="lx-grants">
              {fields.map((field, i) => {
                const role = roles[i]?.role
                const scope = role ? SCOPE_OF[role] : null
                return (
                  <div key={field.key} className="lx-grant-row" data-testid={`grant-${i}`}>
                    <Form.Item
                      name={[field.name, 'role']}
                      className="lx-grant-role"
                      rules={[{ required: true, message: t('请选择角色', 'Choose a role') }]}
                    >
                      <Select
                        aria-label={t('角色', 'Role')}
                        placeholder={t('角色', 'Role')}
                        options={codesOf(roleLabels).map((r) => ({
                          value: r,
                          label: label(roleLabels, r, lang),
                        }))}
                        onChange={() =>
                          form.setFieldValue(['roles', field.name], {
                            role: form.getFieldValue(['roles', field.name, 'role']),
                          })
                        }
                      />
                    </Form.Item>
                    <div className="lx-grant-scope">
                      {scope === 'county' && (
                        <Typography.Text type="secondary">
                          {t('范围：', 'Scope: ')}
                          {county?.name ?? t('全县', 'the county')}
                        </Typography.Text>
                      )}
                      {scope === 'town' && (
                        <Form.Item
                          name={[field.name, 'regionCode']}
                          rules={[{ required: true, message: t('请选择镇（街道）', 'Choose a town') }]}
                        >
                          <TownPicker />
                        </Form.Item>
                      )}
                      {scope === 'venue' && (
                        <Form.Item
                          name={[field.name, 'venueId']}
                          rules={[{ required: true, message: t('请选择联络阵地', 'Choose a venue') }]}
                        >
                          <VenuePicker currentLabel={scopeNameOf(i)} />
                        </Form.Item>
                      )}
                      {scope === 'unit' && (
                        <Form.Item
                          name={[field.name, 'unitId']}
                          rules={[{ required: true, message: t('请选择承办单位', 'Choose a unit') }]}
                        >
                          <UnitPicker currentLabel={scopeNameOf(i)} />
                        </Form.Item>
                      )}
                      {scope === 'deputy' && (
                        <Typography.Text type="secondary">
                          {t('范围：代表本人', 'Scope: the deputy in person')}
                        </Typography.Text>
                      )}
                    </div>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      aria-label={t('删除此角色', 'Remove this role')}
                    />
                  </div>
                )
              })}
              {fields.length < 6 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                  {t('添加角色', 'Add a role')}
                </Button>
              )}
            </div>
          )}
        </Form.List>
        {needsDeputy && (
          <Form.Item
            name="deputyId"
            label={t('代表本人', 'The deputy')}
            rules={[{ required: true, message: t('请选择代表', 'Choose the deputy') }]}
          >
            <DeputyPicker />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
