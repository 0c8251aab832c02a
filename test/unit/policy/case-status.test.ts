import { describe, expect, it } from 'vitest'
import { canChangeStatus, statusAfterEvent } from '@shared/policy/case-status.ts'
import type { CaseEventType, CaseStatus } from '@shared/types/case.ts'

describe('statusAfterEvent()', () => {
  it.each([
    ['new', 'assessment', 'assessing'],
    ['new', 'response', 'responding'],
    ['assessing', 'authoritative_info', 'responding'],
    ['responding', 'assessment', 'responding'],
    ['responding', 'disposal', 'handling'],
    ['handling', 'response', 'handling'],
    ['handling', 'closed', 'closed'],
    ['new', 'closed', 'closed'],
    ['closed', 'closed', null],
    ['closed', 'reopened', 'assessing'],
    ['handling', 'reopened', null],
    ['closed', 'response', 'closed'],
    ['new', 'coordinated', 'new'],
    ['assessing', 'flagged', 'assessing'],
  ] as [CaseStatus, CaseEventType, CaseStatus | null][])('statusAfterEvent() from %s on %s is %s', (from, type, to) => {
    expect(statusAfterEvent(from, type)).toBe(to)
  })
})

describe('canChangeStatus()', () => {
  it.each([
    ['new', 'assessing', true],
    ['assessing', 'handling', true],
    ['handling', 'assessing', false],
    ['responding', 'closed', false],
    ['closed', 'new', false],
  ] as [CaseStatus, CaseStatus, boolean][])('canChangeStatus() from %s to %s is %s', (from, to, ok) => {
    expect(canChangeStatus(from, to)).toBe(ok)
  })
})
