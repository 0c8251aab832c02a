/**
 * A unit's 值班电话 as offices write it: `0531-86061234`, `(0532) 8288 1234`, `+86 531 8606 1234`,
 * `12345`. One definition for the server's validation and the form's own check.
 */
export const DUTY_PHONE_PATTERN = '^\\+?[0-9(][0-9 ()-]{3,28}[0-9]$'
export const DUTY_PHONE_MAX_CHARS = 30
export const CONTACT_PERSON_MAX_CHARS = 40

export function isDutyPhone(value: string): boolean {
  return value.length <= DUTY_PHONE_MAX_CHARS && new RegExp(DUTY_PHONE_PATTERN).test(value)
}
