import { describe, expect, it } from 'vitest'
import { passwordProblem } from '../../../../server/auth/password-policy.ts'

describe('passwordProblem()', () => {
  it.each([
    ['short', 'a short one'],
    ['password123', 'a common password'],
    ['Password@2024', 'a common word with a year'],
    ['1qaz2wsx3edc', 'a keyboard walk from the common list'],
    ['woaini1314520', 'a common Chinese-pinyin password'],
    ['1234567890', 'a digit run'],
    ['abcdefghijkl', 'a letter run'],
    ['13812345678', 'digits only (a phone number)'],
    ['aaaaaaaaaaaa', 'one character repeated'],
    ['abababababab', 'two characters repeated'],
    ['zhangwei2024', 'the username with digits'],
    ['ZhangWei', 'the username itself (and short)'],
  ])('refuses %s (%s) with a Chinese reason', (password, _why) => {
    const problem = passwordProblem(password, 'zhangwei')
    expect(problem).toMatch(/[\u4e00-\u9fff]/)
  })

  it.each(['role-password-0001', 'test-admin-password-0001', '泉城夜班巡查记录本子', 'correct horse battery staple', 'zhangwei-at-the-lixia-office'])('accepts %s', (password) => {
    expect(passwordProblem(password, 'zhangwei')).toBeNull()
  })
})
