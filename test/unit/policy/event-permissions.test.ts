import { describe, expect, it } from 'vitest'
import { eventsFiledBy, mayFile } from '@shared/policy/event-permissions.ts'
import { FILED_EVENT_TYPES } from '@shared/types/case.ts'

describe('eventsFiledBy(): what each role may file, as the server enforces and the case page offers', () => {
  it('the provincial office files every type; a unit its own reports and 签收, never 办结, 转办 or 督办 flags; a kiosk nothing', () => {
    expect(eventsFiledBy('admin')).toEqual(FILED_EVENT_TYPES)
    expect(eventsFiledBy('operator')).toEqual(FILED_EVENT_TYPES)
    expect(eventsFiledBy('unit')).toContain('acknowledged')
    expect(eventsFiledBy('unit')).toContain('response')
    for (const type of ['closed', 'reopened', 'forwarded', 'flagged', 'level_changed']) expect(mayFile('unit', type), type).toBe(false)
    expect(eventsFiledBy('reviewer')).toEqual(['flagged'])
    expect(eventsFiledBy('display')).toEqual([])
    expect(mayFile('operator', 'no_such_type')).toBe(false)
  })
})
