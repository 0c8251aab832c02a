import { describe, expect, it } from 'vitest'
import { fromBeijingInput, toBeijingInput } from '@shared/format/beijing-input.ts'

describe('toBeijingInput() and fromBeijingInput()', () => {
  it.each([
    ['2026-03-01T00:00:00.000Z', '2026-03-01T08:00:00'],
    ['2026-02-28T16:30:05.000Z', '2026-03-01T00:30:05'],
  ])('toBeijingInput() of %s is %s and reads back', (iso, local) => {
    expect(toBeijingInput(new Date(iso))).toBe(local)
    expect(fromBeijingInput(local)).toBe(iso)
  })

  it.each(['', 'yesterday', '2026-03-01', '2026-03-01 08:00', '2026-13-01T08:00'])('fromBeijingInput() of %j is null', (value) => {
    expect(fromBeijingInput(value)).toBeNull()
  })

  it('fromBeijingInput() accepts a value without seconds', () => {
    expect(fromBeijingInput('2026-03-01T08:00')).toBe('2026-03-01T00:00:00.000Z')
  })
})
