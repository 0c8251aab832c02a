/** A unit as a picker lists it. */
export interface PickableUnit {
  id: string
  name: string
  level: string
  parent_id?: string | null
}

export interface UnitChoice {
  id: string
  /** What the field shows and matches on: the name, with the id added when another unit has the same name. */
  value: string
  /** The context beside it in the suggestion list: level and the unit it belongs to. */
  label: string
}

export interface UnitChoiceLabels {
  level: Readonly<Record<string, string>>
  /** `{level} · {parent}`; `{level}` alone for a unit without a parent. */
  withParent: string
}

/**
 * The picker's choices: each unit once, told apart by its level and parent (山东省教育厅 · 省级 ·
 * 山东省), and never two with the same text, so typing a name binds exactly one unit.
 */
export function unitChoices(units: readonly PickableUnit[], labels: UnitChoiceLabels): UnitChoice[] {
  const names = new Map(units.map((u) => [u.id, u.name]))
  const count = new Map<string, number>()
  for (const u of units) count.set(u.name, (count.get(u.name) ?? 0) + 1)
  return units.map((u) => {
    const level = labels.level[u.level] ?? u.level
    const parent = u.parent_id ? names.get(u.parent_id) : undefined
    return {
      id: u.id,
      value: (count.get(u.name) ?? 0) > 1 ? `${u.name}（${u.id}）` : u.name,
      label: parent ? labels.withParent.replace('{level}', level).replace('{parent}', parent) : level,
    }
  })
}
