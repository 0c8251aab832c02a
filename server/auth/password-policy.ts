/**
 * What a new password must not be. Length alone let `1234567890`, `password123` and a phone number
 * through; these are the first guesses of any attacker. The list is small on purpose: the most
 * common passwords (international and pinyin) of 10+ characters, and base words that are weak
 * with any digits or symbols around them.
 */
const COMMON = new Set([
  '1234567890', '0987654321', '1234567890a', 'a1234567890', '123456789a', 'a123456789', '12345678910', '1234512345',
  'qwertyuiop', 'qwertyuiop123', 'qwerty123456', 'qwe123456789', '1qaz2wsx3edc', '1q2w3e4r5t', '1q2w3e4r5t6y', 'zaq12wsxcde3',
  'asdfghjkl;', 'asdfghjkl123', 'zxcvbnm123', 'zxcvbnm,./', '1qaz2wsx', 'qazwsxedc', 'qazwsxedcrfv', 'abc1234567', 'abcd123456',
  'abcde12345', 'password123', 'password1234', 'password12', 'p@ssw0rd123', 'passw0rd123', 'iloveyou123', 'welcome123',
  'letmein123', 'administrator', 'admin123456', 'admin12345', 'root123456', 'test123456', 'woaini1314', 'woaini520',
  'woaini1314520', '5201314520', '1314520520', 'wodemima123', 'zhongguo123', 'aa123456789', 'qq123456789', 'a5201314',
  'sunshine123', 'football123', 'baseball123', 'princess123', 'dragon1234', 'monkey12345', 'shadow12345', 'master12345',
])
const COMMON_BASES = new Set(['password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'admin', 'administrator', 'root', 'test', 'user', 'guest', 'welcome', 'letmein', 'iloveyou', 'woaini', 'wodemima', 'mima', 'zhongguo', 'china', 'abc', 'abcd', 'abcdef', 'qazwsx', 'shandong', 'jinan', 'qingdao', 'yuqing'])

/** Letters or digits in a straight run up or down (abcdef…, 98765…). */
function isRun(s: string): boolean {
  const codes = [...s].map((c) => c.codePointAt(0)!)
  const step = codes[1]! - codes[0]!
  return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1]! === step)
}

/** A reason in Chinese (shown to the person choosing it), or null when the password will do. */
export function passwordProblem(password: string, username = ''): string | null {
  const chars = [...password]
  if (chars.length < 10) return '密码至少需要 10 个字符'
  if (password.length > 200) return '密码最多 200 个字符'
  const lower = password.toLowerCase()
  // The word inside leading or trailing digits and symbols: Password@2024 → password.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '')
  if (COMMON.has(lower) || COMMON_BASES.has(core)) return '这个密码太常见，请换一个不容易被猜到的密码'
  const name = username.trim().toLowerCase()
  if (name && (core === name || lower.replace(/[\d\W_]+/gu, '') === name)) return '密码不能是用户名，或用户名加数字和符号'
  if (/^\d+$/.test(password)) return '密码不能只由数字组成（例如电话号码、日期）'
  if (new Set(chars).size < 4) return '密码不能只由几个字符重复组成'
  if (isRun(lower)) return '密码不能是连续的字母或数字'
  return null
}
