import { Tag } from 'antd'
import type { ProposalStatus } from '../../shared/api/types'
import { useLang } from '../../shared/i18n'
import { proposalStatusLabels } from '../../shared/labels'

const COLOURS: Record<ProposalStatus, string> = {
  draft: 'default',
  cosigning: 'purple',
  submitted: 'blue',
  registered: 'cyan',
  not_registered: 'default',
  contacted: 'geekblue',
  answered: 'gold',
  rehandling: 'orange',
  closed: 'green',
  withdrawn: 'default',
}

export const STATUS_ORDER = Object.entries(proposalStatusLabels) as [
  ProposalStatus,
  (typeof proposalStatusLabels)[ProposalStatus],
][]

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useLang()
  return (
    <Tag color={COLOURS[status]} data-testid="proposal-status" data-status={status}>
      {t(proposalStatusLabels[status])}
    </Tag>
  )
}
