import { describe, expect, it } from 'vitest'
import { COMMON_SURNAMES, findPersonalData, luhn, PLACEHOLDERS, scrub, validIdChecksum } from './scrub.ts'

const kinds = (text: string, knownNames: string[] = []) =>
  findPersonalData(text, { knownNames }).map((s) => [s.kind, s.text])

describe('the scrubber finds', () => {
  it('mobile numbers, also with spaces, dashes and +86', () => {
    expect(kinds('请打13812345678联系')).toEqual([['phone', '13812345678']])
    expect(kinds('电话：138 1234 5678。')).toEqual([['phone', '138 1234 5678']])
    expect(kinds('电话138-1234-5678')).toEqual([['phone', '138-1234-5678']])
    expect(kinds('手机+86 13912345678')).toEqual([['phone', '+86 13912345678']])
    expect(kinds('手机8613912345678')).toEqual([['phone', '8613912345678']])
  })

  it('landlines with their area code, and without it where the text says it is a number', () => {
    expect(kinds('请拨0572-2123456')).toEqual([['landline', '0572-2123456']])
    expect(kinds('请拨（0572）22345678')).toEqual([['landline', '（0572）22345678']])
    expect(kinds('家里座机是6123456')).toEqual([['landline', '6123456']])
  })

  it('ID card numbers: 18 digits with a valid check character (also X), and 15 digits', () => {
    expect(validIdChecksum('11010519491231002X')).toBe(true)
    expect(validIdChecksum('110105194912310021')).toBe(false)
    expect(kinds('身份证11010519491231002X办理')).toEqual([['id_card', '11010519491231002X']])
    expect(kinds('身份证号330521199001011234')).toEqual(
      validIdChecksum('330521199001011234') ? [['id_card', '330521199001011234']] : [],
    )
    expect(kinds('老身份证 110105491231002 还能用吗')).toEqual([['id_card', '110105491231002']])
  })

  it('bank card numbers (Luhn or a UnionPay 62 prefix), together or in groups of four', () => {
    expect(luhn('4111111111111111')).toBe(true)
    expect(kinds('卡号4111111111111111')).toEqual([['bank_card', '4111111111111111']])
    expect(kinds('卡号6222 0212 3456 7890 123')).toEqual([['bank_card', '6222 0212 3456 7890 123']])
  })

  it('house numbers', () => {
    expect(kinds('住在12幢3单元502室')).toEqual([['house_number', '12幢3单元502室']])
    expect(kinds('8号楼门口')).toEqual([['house_number', '8号楼']])
    expect(kinds('人民路35号旁边')).toEqual([['house_number', '35号']])
    expect(kinds('门牌号：17')).toEqual([['house_number', '17']])
    expect(kinds('3单元601的住户')).toEqual([['house_number', '3单元601']])
    expect(kinds('楼上502室漏水')).toEqual([['house_number', '502室']])
  })

  it('e-mail addresses and licence plates', () => {
    expect(kinds('邮箱 zhang.san@example.com 回复')).toEqual([['email', 'zhang.san@example.com']])
    expect(kinds('车牌浙E·12345的车')).toEqual([['plate', '浙E·12345']])
    expect(kinds('浙EA1234长期占道')).toEqual([['plate', '浙EA1234']])
    expect(kinds('新能源车浙ED12345')).toEqual([['plate', '浙ED12345']])
  })

  it('the names it is given, and names written the usual ways', () => {
    expect(kinds('张建国反映路灯坏了', ['张建国'])).toEqual([['name', '张建国']])
    expect(kinds('我叫李秀英，住在村里')).toEqual([['name', '李秀英']])
    expect(kinds('姓名：王芳')).toEqual([['name', '王芳']])
    expect(kinds('本人陈明的家门口')).toEqual([['name', '陈明']])
    expect(kinds('隔壁王阿姨和赵师傅都说')).toEqual([
      ['name', '王阿姨'],
      ['name', '赵师傅'],
    ])
    expect(kinds('感谢欧阳先生')).toEqual([['name', '欧阳先生']])
  })

  it('a surname list of about a hundred', () => {
    expect(COMMON_SURNAMES.length).toBeGreaterThanOrEqual(100)
    expect(new Set(COMMON_SURNAMES).size).toBe(COMMON_SURNAMES.length)
  })
})

describe('the scrubber leaves alone', () => {
  it('dates, years, amounts, percentages and hotlines', () => {
    for (const text of [
      '2021年3月5日反映过',
      '2021-03-05 至 2022-12-31',
      '20210305 这天',
      '投资2000000元，约120万元',
      '每月3500元，涨了12.5%',
      '打12345热线没人接',
      '10月5号开始施工',
      '地铁3号线',
      '第35号文件',
      '2022年底完工，共300米',
      '面积1200平方米',
    ])
      expect(kinds(text), text).toEqual([])
  })

  it('words that follow 本人 or 我是 but are no name', () => {
    expect(kinds('本人认为应当尽快修复')).toEqual([])
    expect(kinds('我是村民，希望修路')).toEqual([])
  })
})

describe('scrub', () => {
  it('replaces each span with its placeholder and keeps the rest', () => {
    const { text, spans } = scrub('我叫刘伟，电话13912345678，住幸福小区8号楼。', { knownNames: ['刘伟'] })
    expect(spans.map((s) => s.kind)).toEqual(['name', 'phone', 'house_number'])
    expect(text).toBe(
      `我叫${PLACEHOLDERS.name}，电话${PLACEHOLDERS.phone}，住幸福小区${PLACEHOLDERS.house_number}。`,
    )
    // The scrubbed text has nothing left to find.
    expect(findPersonalData(text, { knownNames: ['刘伟'] })).toEqual([])
  })

  it('gives offsets that slice the text', () => {
    const source = '联系王先生 13812345678'
    for (const s of scrub(source).spans) expect(source.slice(s.start, s.end)).toBe(s.text)
  })
})
