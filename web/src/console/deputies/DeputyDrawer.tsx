import { EyeOutlined, SolutionOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { ApiProblem } from '../../shared/api/problem'
import type { DeputyDetail } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { deputyLevelLabels, genderLabels, label, termLabel } from '../../shared/labels'
import { can, useMe } from '../auth'
import { ListError } from '../components/list'
import { useDeputy, useRevealDeputyPhone } from './queries'

/** One deputy's record in a drawer over the list. */
export function DeputyDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, lang } = useLang()
  const me = useMe()
  const detail = useDeputy(id)
  const d = detail.data
  // Staff keep their deputies' records (履职档案); a deputy reads their own.
  const readsRecord = d && (can(me, 'records.keep') || me.deputyId === d.id)
  const refs = (items: { id: string; name: string }[] | undefined) =>
    items && items.length > 0 ? (
      <Space size={[4, 4]} wrap>
        {items.map((i) => (
          <Tag key={i.id}>{i.name}</Tag>
        ))}
      </Space>
    ) : (
      '—'
    )
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={d?.name ?? t('代表详情', 'Deputy')}
      extra={
        readsRecord && (
          <Link to={`/records/${d.id}`} data-testid="deputy-record-link">
            <SolutionOutlined /> {t('履职档案', 'Record')}
          </Link>
        )
      }
      destroyOnHidden
    >
      <ListError error={detail.error} />
      {d && (
        <Descriptions column={1} bordered size="small" styles={{ label: { width: 120 } }}>
          <Descriptions.Item label={t('编号', 'Code')}>{d.code}</Descriptions.Item>
          <Descriptions.Item label={t('性别', 'Gender')}>
            {label(genderLabels, d.gender, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('出生年份', 'Born')}>{d.birthYear || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('政治面貌', 'Party')}>{d.party || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('职业', 'Occupation')}>{d.occupation || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('工作单位', 'Organisation')}>{d.organisation || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('所在地', 'Area')}>
            {d.townName}
            {d.regionName && d.regionName !== d.townName ? ` · ${d.regionName}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('手机', 'Phone')}>
            {/* Keyed by deputy: a revealed number belongs to one deputy and one opening of the drawer. */}
            <DeputyPhone key={d.id} deputy={d} />
          </Descriptions.Item>
          <Descriptions.Item label={t('代表身份', 'Memberships')}>
            <Space orientation="vertical" size={2}>
              {d.memberships.map((m) => (
                <span key={`${m.level}-${m.term}`}>
                  {label(deputyLevelLabels, m.level, lang)} · {termLabel(m.term, lang)}
                  {m.constituency ? ` · ${m.constituency}` : ''}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('代表小组', 'Groups')}>{refs(d.groups)}</Descriptions.Item>
          <Descriptions.Item label={t('联络阵地', 'Venues')}>{refs(d.venues)}</Descriptions.Item>
          <Descriptions.Item label={t('网格', 'Grids')}>{refs(d.grids)}</Descriptions.Item>
          <Descriptions.Item label={t('简介', 'Biography')}>{d.bio || '—'}</Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  )
}

/** The masked number, and the full one once revealed (each reveal is audited). */
function DeputyPhone({ deputy }: { deputy: DeputyDetail }) {
  const { t } = useLang()
  const reveal = useRevealDeputyPhone()
  return (
    <>
      <Space wrap>
        <span className="lx-mono" data-testid="deputy-phone">
          {reveal.data?.phone ?? deputy.phoneMasked ?? '—'}
        </span>
        {deputy.phoneMasked && deputy.allowedActions.includes('reveal') && !reveal.data && (
          <Button
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending}
            onClick={() => reveal.mutate(deputy.id)}
          >
            {t('查看', 'Reveal')}
          </Button>
        )}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {reveal.data
            ? t('本次查看已记入审计日志。', 'This reveal has been recorded in the audit log.')
            : t('查看完整号码会记入审计日志。', 'Revealing the full number is recorded in the audit log.')}
        </Typography.Text>
      </div>
      {reveal.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={reveal.error instanceof ApiProblem ? t(reveal.error.problem.message) : String(reveal.error)}
        />
      )}
    </>
  )
}
