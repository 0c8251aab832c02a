import { describe, expect, it } from 'vitest'
import { recipientsFor, type RecipientFacts } from '@shared/notify/recipients.ts'

const CASE: Omit<RecipientFacts, 'cause' | 'level'> = { unit_id: '370102', lead_unit_id: '370100-xcb', cooperating_unit_ids: ['370102-wxb'] }
const who = (f: RecipientFacts, subs: Parameters<typeof recipientsFor>[1] = []) => recipientsFor(f, subs).map((r) => `${r.role}:${r.owner_type}:${r.owner_id}`)

describe('recipientsFor()', () => {
  it('a deadline crossing of a level III case: the responsible, lead and cooperating units', () => {
    expect(who({ ...CASE, cause: 'overdue', level: 'III' })).toEqual(['responsible:unit:370102', 'lead:unit:370100-xcb', 'cooperating:unit:370102-wxb'])
  })
  it('level I/II adds the provincial duty group', () => {
    expect(who({ ...CASE, cause: 'due_soon', level: 'II' })).toContain('duty_group:duty_group:province')
  })
  it('a 转办 tells only the unit it was forwarded to', () => {
    expect(who({ ...CASE, cause: 'forwarded', level: 'I', forwarded_to: '370102-yjj' })).toEqual(['forwarded_to:unit:370102-yjj'])
  })
  it('an escalation tells only the next level up', () => {
    expect(who({ ...CASE, cause: 'escalated', level: 'IV', escalate_to: { owner_type: 'unit', owner_id: '370100' } })).toEqual(['escalation:unit:370100'])
  })
  it('a new major story goes to the duty group', () => {
    expect(who({ cause: 'story_major', level: 'I', unit_id: null, lead_unit_id: null, cooperating_unit_ids: [] })).toEqual(['duty_group:duty_group:province'])
  })
  it('personal subscriptions: a unit account follows its unit, office accounts follow the duty group, others nothing', () => {
    const subs = [
      { user_id: 1, role: 'unit', unit_id: '370102' },
      { user_id: 2, role: 'unit', unit_id: '370200' },
      { user_id: 3, role: 'operator', unit_id: null },
      { user_id: 4, role: 'reviewer', unit_id: null },
    ]
    expect(who({ ...CASE, cause: 'overdue', level: 'IV' }, subs).filter((r) => r.startsWith('subscriber'))).toEqual(['subscriber:user:1'])
    expect(who({ ...CASE, cause: 'overdue', level: 'I' }, subs).filter((r) => r.startsWith('subscriber'))).toEqual(['subscriber:user:1', 'subscriber:user:3'])
  })
  it('names each owner once, first role wins', () => {
    expect(who({ unit_id: '370102', lead_unit_id: '370102', cooperating_unit_ids: ['370102'], cause: 'closed', level: 'IV' })).toEqual(['responsible:unit:370102'])
  })
})
