import { describe, expect, it } from 'vitest'
import { EVENT_FILING_ROLES, eventsFiledBy, mayFile } from '@shared/policy/event-permissions.ts'
import { FILED_EVENT_TYPES } from '@shared/types/case.ts'

describe('eventsFiledBy(): what each role may file, as the server enforces and the case page offers', () => {
  it('the provincial office files every type; a unit its own reports and 签收, never 办结, 转办 or 督办 flags; a kiosk nothing', () => {
    expect(eventsFiledBy('admin')).toEqual(FILED_EVENT_TYPES)
    expect(eventsFiledBy('operator')).toEqual(FILED_EVENT_TYPES)
    expect(eventsFiledBy('unit')).toContain('acknowledged')
    expect(eventsFiledBy('unit')).toContain('response')
    for (const type of ['closed', 'reopened', 'forwarded', 'flagged', 'level_changed']) expect(mayFile('unit', type), type).toBe(false)
    expect(eventsFiledBy('reviewer')).toEqual(['flagged', 'noted'])
    // 退回 and 延期申请 are a unit's; deciding a 延期申请 is the office's.
    for (const type of ['returned', 'extension_requested', 'noted']) expect(mayFile('unit', type), type).toBe(true)
    for (const role of ['unit', 'reviewer'] as const) expect(mayFile(role, 'extension_decided'), role).toBe(false)
    expect(EVENT_FILING_ROLES).toEqual(['admin', 'operator', 'unit', 'reviewer'])
    expect(eventsFiledBy('display')).toEqual([])
    expect(mayFile('operator', 'no_such_type')).toBe(false)
  })
})
