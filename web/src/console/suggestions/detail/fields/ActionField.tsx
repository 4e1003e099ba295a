import type { SuggestionDetail } from '../../../../shared/api/types'
import type { FieldSpec } from '../../actions'
import { AnswerField, AttachmentsField, OutcomeField } from './AnswerFields'
import { ApproveField, DaysField } from './ExtensionFields'
import { NoteField } from './NoteField'
import { TierField, UnitsField } from './RoutingFields'
import { PrimaryField, ReasonField } from './TriageFields'

/** One field of an action's dialog, as its spec describes it. */
export function ActionField({ field, detail }: { field: FieldSpec; detail: SuggestionDetail }) {
  switch (field.kind) {
    case 'note':
      return <NoteField field={field} />
    case 'reason':
      return <ReasonField />
    case 'primary':
      return <PrimaryField duplicates={detail.duplicates} />
    case 'answer':
      return <AnswerField field={field} detail={detail} />
    case 'outcome':
      return <OutcomeField required={field.required} />
    case 'attachments':
      return <AttachmentsField detail={detail} />
    case 'tier':
      return <TierField />
    case 'units':
      return <UnitsField detail={detail} />
    case 'days':
      return <DaysField />
    case 'approve':
      return <ApproveField request={detail.extensionRequest} />
  }
}
