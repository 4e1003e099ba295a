import type { Migration } from 'kysely/migration'
import * as foundation from './2026112601_foundation.ts'
import * as suggestions from './2026112602_suggestions.ts'
import * as subjects from './2026112901_subjects.ts'
import * as auditNoTruncate from './2026112902_audit_no_truncate.ts'
import * as calendar from './2026112903_calendar.ts'
import * as auditChain from './2026112904_audit_chain.ts'
import * as signInNames from './2026112905_sign_in_names.ts'
import * as notificationReads from './2026112908_notification_reads.ts'
import * as answerCorrection from './2026112909_answer_correction.ts'
import * as regionsImport from './2026112910_regions_import.ts'
import * as intakeSpeed from './2026112911_intake_speed.ts'
import * as notificationDone from './2026120701_notification_done.ts'
import * as duty from './2026120702_duty.ts'
import * as recovery from './2026120710_recovery.ts'
import * as adminConsole from './2026120720_admin_console.ts'
import * as partners from './2026120730_partners.ts'
import * as receptions from './2026120740_receptions.ts'
import * as deputyRecords from './2026120750_deputy_records.ts'
import * as projects from './2026120810_projects.ts'
import * as publication from './2026121001_publication.ts'
import * as supports from './2026121020_supports.ts'
import * as proposals from './2026121030_proposals.ts'

/** Every migration, in order. Names are timestamps; a landed migration is never edited. */
export const migrations: Record<string, Migration> = {
  '2026112601_foundation': foundation,
  '2026112602_suggestions': suggestions,
  '2026112901_subjects': subjects,
  '2026112902_audit_no_truncate': auditNoTruncate,
  '2026112903_calendar': calendar,
  '2026112904_audit_chain': auditChain,
  '2026112905_sign_in_names': signInNames,
  '2026112908_notification_reads': notificationReads,
  '2026112909_answer_correction': answerCorrection,
  '2026112910_regions_import': regionsImport,
  '2026112911_intake_speed': intakeSpeed,
  '2026120701_notification_done': notificationDone,
  '2026120702_duty': duty,
  '2026120710_recovery': recovery,
  '2026120720_admin_console': adminConsole,
  '2026120730_partners': partners,
  '2026120740_receptions': receptions,
  '2026120750_deputy_records': deputyRecords,
  '2026120810_projects': projects,
  '2026121001_publication': publication,
  '2026121020_supports': supports,
  '2026121030_proposals': proposals,
}
