import type { FiledEventType } from '../types/case.ts'

/**
 * `reason`: 退回 / 延期申请 say why (required). `extension`: 延期申请 names the deadline and the new
 * time, and counts when recorded (no 发生时间). `note`: 备注, where the note is the entry itself.
 */
export type EventField = 'url' | 'unit' | 'level' | 'flag' | 'partner' | 'reason' | 'extension' | 'note'

/**
 * The extra field each filed event type takes; `true` means required (docs/design.md §3: the
 * public link for releases and responses). The case page shows these fields and the server
 * (server/cases/case-events.ts) refuses an event without a required one: one table for both.
 */
export const EVENT_FIELDS: Readonly<Partial<Record<FiledEventType, Readonly<Partial<Record<EventField, boolean>>>>>> = {
  authoritative_info: { url: true },
  response: { url: true },
  follow_up: { url: false },
  forwarded: { unit: true },
  acknowledged: { unit: false },
  level_changed: { level: true },
  flagged: { flag: true },
  coordinated: { partner: true },
  noted: { note: true },
  returned: { reason: true },
  extension_requested: { reason: true, extension: true },
}

/** 'required', 'optional', or undefined when the type does not take the field. */
export function eventFieldUse(type: FiledEventType, field: EventField): 'required' | 'optional' | undefined {
  const use = EVENT_FIELDS[type]?.[field]
  return use === undefined ? undefined : use ? 'required' : 'optional'
}
