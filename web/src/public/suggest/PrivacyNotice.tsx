import { useId } from 'react'
import { useLang } from '../../shared/i18n'

/** 个人信息保护告知: what is collected, why, who sees it and for how long (the form's consent refers to it). */
export function PrivacyNotice() {
  const { t } = useLang()
  const ids = useId()
  return (
    <section className="lx-privacy" aria-labelledby={`${ids}-privacy`}>
      <h2 id={`${ids}-privacy`}>{t('个人信息保护告知', 'Personal-information notice')}</h2>
      <ul>
        <li>
          {t(
            '收集什么：您填写的意见内容、照片、所在村（社区），以及您自愿留下的姓名和手机号码。照片上传时会去除拍摄位置等附加信息。',
            'What we collect: what you write, your photos, the village or community, and the name and phone number you choose to give. Location and other metadata are removed from photos on upload.',
          )}
        </li>
        <li>
          {t(
            '为什么：仅用于受理、办理和答复这条意见建议，办理人员需要时会联系您核实情况。',
            'Why: only to accept, handle and answer this item; staff may call you to check the facts.',
          )}
        </li>
        <li>
          {t(
            '谁能看到：受理和办理这条意见的人大工作人员和承办单位。手机号码加密保存，页面上只显示为 138****5678 的形式，只有受理人员在需要时才能查看完整号码，每次查看都会记录在案。',
            'Who sees it: the congress staff and the handling unit working on this item. Your phone number is stored encrypted and shown masked (138****5678); only intake staff can reveal it when needed, and every reveal is logged.',
          )}
        </li>
        <li>
          {t(
            '保存多久：按人大信访档案的保管规定保存，到期后删除或匿名化；不会用于其他用途，也不会提供给第三方。',
            'How long: kept as the congress’s records rules require, then deleted or anonymised; never used for anything else or given to third parties.',
          )}
        </li>
        <li>
          {t(
            '是否公开：只有您在下方勾选同意时，才会在隐去姓名、电话、门牌等个人信息后，在“办理公开”中公开您的意见和办理答复；您可联系受理单位撤回。',
            'Publication: only if you tick the box below are your opinion and its answer published under “Published answers”, without your name, phone number, address or other personal details; the office that took it in can withdraw it on request.',
          )}
        </li>
      </ul>
    </section>
  )
}
