import { describe, expect, it } from 'vitest'
import { escalationLadder, type LadderUnit } from '@shared/notify/escalation.ts'

const UNITS = new Map<string, LadderUnit>(
  (
    [
      ['370000', 'province', null],
      ['370000-yjj', 'province', '370000'],
      ['370100', 'city', '370000'],
      ['370100-yjj', 'city', '370100'],
      ['370102', 'county', '370100'],
      ['370102-yjj', 'county', '370102'],
      ['370102-cgj', 'county', '370102'],
    ] as const
  ).map(([id, level, parent_id]) => [id, { id, level, parent_id }]),
)
const ladder = (id: string) => escalationLadder(id, UNITS).map((s) => `${s.step}:${s.to.owner_type}:${s.to.owner_id}`)

describe('escalationLadder()', () => {
  it('a county department goes to the same department of its city, then the provincial duty group', () => {
    expect(ladder('370102-yjj')).toEqual(['1:unit:370100-yjj', '2:duty_group:province'])
  })
  it('a county department whose city has no counterpart goes to the city government (政府办)', () => {
    expect(ladder('370102-cgj')).toEqual(['1:unit:370100', '2:duty_group:province'])
  })
  it('a county government goes to its city government', () => {
    expect(ladder('370102')).toEqual(['1:unit:370100', '2:duty_group:province'])
  })
  it.each(['370100', '370100-yjj', '370000-yjj', 'unknown'])('%s (city, province or unknown) goes straight to the duty group', (id) => {
    expect(ladder(id)).toEqual(['2:duty_group:province'])
  })
})
