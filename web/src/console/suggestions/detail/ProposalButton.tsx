import { FileTextOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useNavigate } from 'react-router'
import type { SuggestionDetail } from '../../../shared/api/types'
import { useLang } from '../../../shared/i18n'
import { can, useMe } from '../../auth'

/** 转为代表建议: the deputy an item is addressed to takes it up in a formal proposal (代表建议). */
export function ProposalButton({ detail }: { detail: SuggestionDetail }) {
  const { t } = useLang()
  const me = useMe()
  const navigate = useNavigate()
  if (!can(me, 'proposals.draft') || !me.deputyId || detail.deputy?.id !== me.deputyId) return null
  return (
    <Button
      block
      icon={<FileTextOutlined />}
      className="lx-gap"
      onClick={() => navigate(`/proposals/new?from=${detail.id}`)}
      data-testid="to-proposal"
    >
      {t('转为代表建议', 'Take up in a proposal')}
    </Button>
  )
}
