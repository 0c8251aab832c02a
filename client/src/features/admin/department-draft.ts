import type { Department } from '@shared/types/department.ts'
import type { MessageKey } from '../../i18n/messages.ts'

/** The server's limits on a term (server/classify/schemas.ts). */
export const TERM_MAX_CHARS = 40
export const WEIGHT_MIN = 0.1
export const WEIGHT_MAX = 100

export function cloneCatalogue(catalogue: readonly Department[]): Department[] {
  return catalogue.map((d) => ({ ...d, levels: [...d.levels], terms: d.terms.map((t) => ({ ...t })), exclusions: [...d.exclusions] }))
}

export function sameDepartment(a: Department | undefined, b: Department | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Why a term cannot stand, or null. `others` are the department's other terms. */
export function termProblem(text: string, weight: number | string, others: readonly string[]): MessageKey | null {
  const trimmed = text.trim()
  if (!trimmed) return 'adminDepartments.error.emptyTerm'
  if (trimmed.length > TERM_MAX_CHARS) return 'adminDepartments.error.longTerm'
  if (others.includes(trimmed)) return 'adminDepartments.error.duplicateTerm'
  return weightProblem(weight)
}

export function weightProblem(weight: number | string): MessageKey | null {
  return typeof weight !== 'number' || !(weight >= WEIGHT_MIN && weight <= WEIGHT_MAX) ? 'adminDepartments.error.weight' : null
}

/** Problems of one department's terms, by index. */
export function departmentProblems(d: Department): Map<number, MessageKey> {
  const problems = new Map<number, MessageKey>()
  d.terms.forEach((term, i) => {
    const others = d.terms.filter((_, j) => j !== i).map((o) => o.text.trim())
    const problem = termProblem(term.text, term.weight, others)
    if (problem) problems.set(i, problem)
  })
  return problems
}

export function catalogueIsValid(catalogue: readonly Department[]): boolean {
  return catalogue.every((d) => d.terms.length > 0 && departmentProblems(d).size === 0)
}

/** The catalogue as sent: terms trimmed, as they were checked. */
export function forSending(catalogue: readonly Department[]): Department[] {
  return catalogue.map((d) => ({ ...d, terms: d.terms.map((t) => ({ text: t.text.trim(), weight: t.weight })) }))
}
