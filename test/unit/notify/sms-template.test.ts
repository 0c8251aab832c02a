import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonStringContent, renderSmsBody } from '../../../server/notify/channels/sms-template.ts'

const TEMPLATE = '{"mobile":"{{phone}}","content":"【舆情】{{text}}","outId":"{{ idempotency_key }}","sign":"山东网信"}'

describe('the SMS body template', () => {
  it.each([
    ['quotes', '市民称"不作为"'],
    ['backslashes', 'C:\\path\\到\\文件\\'],
    ['newlines and tabs', '第一行\n第二行\r\n\t第三行'],
    ['a JSON break-out', '"}, "mobile": "13900000000", "x": {"'],
    ['a closing brace injection', '"}'],
    ['U+2028 and U+2029', '行\u2028分隔\u2029段落'],
    ['control characters', '\u0000\u0001\u001f'],
    ['replacement patterns', "$& $1 $$ $' $`"],
    ['a lone surrogate', 'a\ud800b'],
  ])('keeps feed text with %s inside its string', (_name, text) => {
    const body = renderSmsBody(TEMPLATE, { phone: '13800138000', text, idempotency_key: 'case:1:overdue' })
    const parsed = JSON.parse(body) as Record<string, string>
    expect(Object.keys(parsed)).toEqual(['mobile', 'content', 'outId', 'sign'])
    expect(parsed.mobile).toBe('13800138000')
    expect(parsed.content).toBe(`【舆情】${text}`)
    expect(parsed.outId).toBe('case:1:overdue')
    expect(body).not.toMatch(/[\u2028\u2029]/)
  })

  it('for any text, the body parses and the text comes back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, phone) => {
        const parsed = JSON.parse(renderSmsBody(TEMPLATE, { phone, text, idempotency_key: 'k' })) as Record<string, string>
        expect(parsed.content).toBe(`【舆情】${text}`)
        expect(parsed.mobile).toBe(phone)
        expect(Object.keys(parsed)).toHaveLength(4)
      }),
    )
  })

  it('escapes exactly what a JSON string needs', () => {
    expect(jsonStringContent('a"b\\c\nd\u2028')).toBe('a\\"b\\\\c\\nd\\u2028')
  })
})
