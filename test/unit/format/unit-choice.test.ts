import { describe, expect, it } from 'vitest'
import { unitChoices } from '@shared/format/unit-choice.ts'

const LABELS = { level: { province: '省级', city: '市级', county: '县级' }, withParent: '{level} · {parent}' }

describe('unitChoices()', () => {
  it('unitChoices() gives each unit its level and parent as context when listed', () => {
    const choices = unitChoices(
      [
        { id: '370000', name: '山东省', level: 'province', parent_id: null },
        { id: '370000-jyj', name: '山东省教育厅', level: 'province', parent_id: '370000' },
        { id: '370100-jyj', name: '济南市教育局', level: 'city', parent_id: '370100' },
        { id: '370100', name: '济南市', level: 'city', parent_id: '370000' },
      ],
      LABELS,
    )
    expect(choices).toEqual([
      { id: '370000', value: '山东省', label: '省级' },
      { id: '370000-jyj', value: '山东省教育厅', label: '省级 · 山东省' },
      { id: '370100-jyj', value: '济南市教育局', label: '市级 · 济南市' },
      { id: '370100', value: '济南市', label: '市级 · 山东省' },
    ])
  })

  it('unitChoices() never offers two choices with the same text when two units share a name', () => {
    const choices = unitChoices(
      [
        { id: '370000-jyt', name: '山东省教育厅', level: 'province', parent_id: '370000' },
        { id: '370000-jyj', name: '山东省教育厅', level: 'province', parent_id: '370000' },
      ],
      LABELS,
    )
    expect(choices.map((c) => c.value)).toEqual(['山东省教育厅（370000-jyt）', '山东省教育厅（370000-jyj）'])
    expect(new Set(choices.map((c) => c.value)).size).toBe(2)
  })
})
