/**
 * Personal data in Chinese free text: where it is, and the text with each place hidden. Domain-neutral: it knows
 * patterns (mobile and fixed-line numbers, ID card and bank card numbers, house numbers, e-mail addresses, licence
 * plates) and names — the names it is given (a record's own contact) and the usual ways a name is written
 * ("我叫…", "姓名：…", "本人…", a common surname with 先生/女士/阿姨/师傅/老师/大爷). A finder errs towards finding:
 * a person reviews every span before anything is published, and says which ones are not personal data.
 */

export const SCRUB_KINDS = [
  'phone',
  'landline',
  'id_card',
  'bank_card',
  'email',
  'plate',
  'house_number',
  'name',
] as const
export type ScrubKind = (typeof SCRUB_KINDS)[number]

export interface ScrubSpan {
  /** UTF-16 offsets into the text, end exclusive (String.prototype.slice). */
  start: number
  end: number
  kind: ScrubKind
  text: string
}

/** What replaces each kind in a published text (the public text stays Chinese). */
export const PLACEHOLDERS: Readonly<Record<ScrubKind, string>> = {
  phone: '【电话已隐去】',
  landline: '【电话已隐去】',
  id_card: '【身份证号已隐去】',
  bank_card: '【银行卡号已隐去】',
  email: '【邮箱已隐去】',
  plate: '【车牌已隐去】',
  house_number: '【门牌已隐去】',
  name: '【姓名已隐去】',
}

/** The kinds' names, for messages. */
export const SCRUB_KIND_LABELS: Readonly<Record<ScrubKind, { zh: string; en: string }>> = {
  phone: { zh: '手机号码', en: 'mobile number' },
  landline: { zh: '固定电话', en: 'landline number' },
  id_card: { zh: '身份证号', en: 'ID card number' },
  bank_card: { zh: '银行卡号', en: 'bank card number' },
  email: { zh: '电子邮箱', en: 'e-mail address' },
  plate: { zh: '车牌号', en: 'licence plate' },
  house_number: { zh: '门牌号', en: 'house number' },
  name: { zh: '姓名', en: 'name' },
}

/**
 * The hundred most common surnames of the Ministry of Public Security's national name report for 2020
 * (《二〇二〇年全国姓名报告》, 公安部户政管理研究中心), with the common variant 闫/阎 and a few compound surnames.
 */
export const COMMON_SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田于肖潘袁董叶杜丁蒋程余吕魏蔡苏任卢沈姜姚钟崔陆谭汪石付贾范金方韦夏廖侯白孟邹秦尹江熊薛邱闫阎段雷季史陶毛贺龙万顾关郝孔向龚邵钱武严覃戴莫洪汤',
  '欧阳',
  '司马',
  '诸葛',
  '上官',
]

const SURNAME_SET = new Set(COMMON_SURNAMES)
const SURNAME = `(?:欧阳|司马|诸葛|上官|[${[...new Set(COMMON_SURNAMES.filter((s) => s.length === 1))].join('')}])`
const HONORIFIC = '(?:先生|女士|小姐|阿姨|师傅|老师|大爷|大妈|大姐|大哥|奶奶|爷爷|老板)'
/** Characters that end a name written after "我叫", "本人"…: particles, verbs and place words. */
const NOT_IN_NAME = new Set(
  '的了在是住家村镇乡街路区县市组队说想要和与及等们也都就还对从把被向给为因所今昨年月日号反映家里现已经曾一二三四五六七八九十，。、；：！？,.;:!? 　'.split(
    '',
  ),
)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** Whether an 18-character ID card number's last character is its ISO 7064 MOD 11-2 check character. */
export function validIdChecksum(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase()
}

/** The Luhn check of bank card numbers. */
export function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

const DATE = '(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])'
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'

interface Rule {
  kind: ScrubKind
  pattern: RegExp
  /** Which group is the span (0: the whole match). */
  group?: number
  accept?: (span: string, match: RegExpExecArray) => boolean
}

const RULES: Rule[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  {
    kind: 'id_card',
    pattern: new RegExp(`(?<![0-9A-Za-z])[1-9]\\d{5}${DATE}\\d{3}[\\dXx](?![0-9A-Za-z])`, 'g'),
    accept: validIdChecksum,
  },
  {
    // The first generation's 15 digits: area, a two-digit year, month, day, sequence.
    kind: 'id_card',
    pattern: /(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g,
  },
  {
    // 16 to 19 digits, together or in groups of four: a bank card (an ID card number was found above).
    kind: 'bank_card',
    pattern: /(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![0-9A-Za-z])/g,
    accept: (s) => {
      const digits = s.replace(/\D/g, '')
      return digits.length >= 16 && digits.length <= 19 && (luhn(digits) || /^62/.test(digits))
    },
  },
  {
    // Mobile numbers: 1[3-9]x xxxx xxxx, with spaces or dashes, with +86 or 86 in front.
    kind: 'phone',
    pattern: /(?<![0-9A-Za-z])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g,
  },
  {
    // Fixed lines with their area code: 0572-1234567, (0572)1234567, 0572 12345678.
    kind: 'landline',
    pattern: /(?<![0-9])(?:0\d{2,3}[- ]?|[（(]0\d{2,3}[)）] ?)[2-9]\d{6,7}(?![0-9])/g,
    // A date of the form 2021-0305 is not a number anyone dials.
    accept: (s) => !/^20\d{2}/.test(s),
  },
  {
    // Without the area code only where the text says it is a telephone number.
    kind: 'landline',
    pattern: /(?:电话|座机|联系方式|手机|号码|Tel|TEL|tel)[是为：:\s]{0,3}([2-9]\d{6,7})(?![0-9])/g,
    group: 1,
  },
  {
    kind: 'plate',
    pattern: new RegExp(
      `[${PROVINCES}][A-HJ-NP-Z][·•・.\\s]?(?=[A-HJ-NP-Z0-9]*\\d)[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])`,
      'g',
    ),
  },
  {
    // 12幢3单元502室, 8号楼, 3栋2单元, 5单元601, 502室.
    kind: 'house_number',
    pattern:
      /\d{1,4}(?:幢|栋|号楼|座|号院)(?:\d{1,3}单元)?(?:\d{1,5}(?:室|号|户)?)?|\d{1,3}单元\d{1,5}(?:室|号|户)?|(?<![\d年月日.])\d{1,5}室/g,
  },
  { kind: 'house_number', pattern: /门牌(?:号码?)?[是为：:\s]{0,3}([\d-]{1,10}号?)/g, group: 1 },
  {
    // 35号 (a house on a road), not 5月3号 (a date), 3号线, 第5号, 5号文件.
    kind: 'house_number',
    pattern: /(?<![\d月第])(\d{1,5}(?:-\d{1,4})?号)(?![线文令台院楼窗口仓库码位机])/g,
    group: 1,
    accept: (_s, m) => !/(?:月|初|周|星期)\s*$/.test(m.input.slice(Math.max(0, m.index - 2), m.index)),
  },
]

const INTRODUCED = /(我叫|我的名字是|姓名[是为：:\s]{0,2}|联系人[是为：:\s]{0,2}|本人|我是)\s?/g
const HONOURED = new RegExp(`${SURNAME}${HONORIFIC}`, 'g')

/** The name after "我叫", "姓名：", "本人"… : 2 or 3 characters, cut where a particle or a place word begins. */
function nameAfter(text: string, at: number, needSurname: boolean): string | null {
  const compound = ['欧阳', '司马', '诸葛', '上官'].find((c) => text.startsWith(c, at))
  const surname = compound ?? text[at]
  if (!surname || !/\p{Script=Han}/u.test(surname)) return null
  if (needSurname && !SURNAME_SET.has(surname)) return null
  let name = surname
  for (let i = at + surname.length; i < text.length && name.length < surname.length + 2; i++) {
    const c = text[i]!
    if (!/\p{Script=Han}/u.test(c) || NOT_IN_NAME.has(c)) break
    name += c
  }
  return name.length >= surname.length + 1 ? name : null
}

function findNames(text: string, knownNames: readonly string[]): ScrubSpan[] {
  const spans: ScrubSpan[] = []
  for (const raw of knownNames) {
    const name = raw.trim()
    if (name.length < 2) continue
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))
      spans.push({ start: i, end: i + name.length, kind: 'name', text: name })
  }
  for (const m of text.matchAll(INTRODUCED)) {
    const at = m.index + m[0].length
    // After 本人 and 我是 only a surname begins a name (本人认为, 我是村民…).
    const name = nameAfter(text, at, m[1] === '本人' || m[1] === '我是')
    if (name) spans.push({ start: at, end: at + name.length, kind: 'name', text: name })
  }
  for (const m of text.matchAll(HONOURED))
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'name', text: m[0] })
  return spans
}

/** Every span of personal data in `text`, in order; overlapping finds keep the first rule's (the more specific). */
export function findPersonalData(
  text: string,
  options: { knownNames?: readonly string[] } = {},
): ScrubSpan[] {
  // What is already hidden (【电话已隐去】…) is no personal data.
  const found: ScrubSpan[] = [...text.matchAll(/【[^【】]{1,12}】/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'name' as const,
    text: '',
  }))
  const hidden = found.length
  const free = (start: number, end: number) => found.every((s) => end <= s.start || start >= s.end)
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const span = rule.group ? m[rule.group] : m[0]
      if (!span) continue
      const start = m.index + (rule.group ? m[0].indexOf(span) : 0)
      const end = start + span.length
      if (rule.accept && !rule.accept(span, m)) continue
      if (free(start, end)) found.push({ start, end, kind: rule.kind, text: span })
    }
  }
  for (const s of findNames(text, options.knownNames ?? [])) if (free(s.start, s.end)) found.push(s)
  return found.slice(hidden).sort((a, b) => a.start - b.start)
}

/** `text` with each span replaced by its kind's placeholder. */
export function redact(text: string, spans: readonly Pick<ScrubSpan, 'start' | 'end' | 'kind'>[]): string {
  let out = ''
  let at = 0
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue
    out += text.slice(at, s.start) + PLACEHOLDERS[s.kind]
    at = s.end
  }
  return out + text.slice(at)
}

/** The spans of personal data in `text`, and the text with each of them hidden. */
export function scrub(
  text: string,
  options: { knownNames?: readonly string[] } = {},
): { text: string; spans: ScrubSpan[] } {
  const spans = findPersonalData(text, options)
  return { text: redact(text, spans), spans }
}
