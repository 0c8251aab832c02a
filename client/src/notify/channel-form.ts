/**
 * The generic channel form's model, driven by CHANNEL_SPECS: one draft of text values per field,
 * the problems shown beside each field, and the config sent to the API. Pure, so the rules are
 * tested without a browser; the Vue component only binds it.
 */
import { CHANNEL_SPECS, type ChannelField, type ChannelKind } from '@shared/notify/channels.ts'
import type { NotifyChannel } from './notify-types.ts'

/** Form values: every field as the text typed (a list is one value per line). */
export interface ChannelDraft {
  kind: ChannelKind
  name: string
  values: Record<string, string>
}

export type FieldProblem = 'required' | 'url' | 'email' | 'phone' | 'option' | 'tooLong'

export const NAME_MAX_CHARS = 60
const URL_MAX_CHARS = 2048
const LIST_MAX_ENTRIES = 50
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/
/** A mainland mobile number, with or without +86: SMS goes to phones, not office lines. */
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/

export function fieldsOf(kind: ChannelKind): readonly ChannelField[] {
  return CHANNEL_SPECS[kind].fields
}

/** A new draft, or an existing channel's: its shown config, never a secret (the API has none to give). */
export function draftFor(kind: ChannelKind, channel?: NotifyChannel): ChannelDraft {
  const values: Record<string, string> = {}
  for (const f of fieldsOf(kind)) {
    const stored = channel?.kind === kind ? channel.config[f.name] : undefined
    if (f.type === 'secret' || stored === undefined || stored === null) values[f.name] = f.type === 'select' ? (f.options?.[0] ?? '') : ''
    else values[f.name] = Array.isArray(stored) ? stored.map(String).join('\n') : String(stored)
  }
  return { kind, name: channel?.name ?? '', values }
}

export function listEntries(text: string): string[] {
  return text.split(/[\r\n]+/).map((s) => s.trim()).filter(Boolean)
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

/** What each list entry must look like, by the field's meaning (e-mail recipients, SMS phones). */
function entryProblem(field: ChannelField, entry: string): FieldProblem | null {
  if (field.name === 'to') return EMAIL.test(entry) ? null : 'email'
  if (field.name === 'phones') return MOBILE.test(entry.replace(/[\s-]/g, '')) ? null : 'phone'
  return null
}

/**
 * `hasSecret`: the saved channel already holds its secret, so an empty secret field keeps it.
 * `original`: the saved channel, whose masked URL left unchanged is not re-checked (it is kept).
 */
export function fieldProblem(field: ChannelField, value: string, opts: { hasSecret?: boolean; original?: string } = {}): FieldProblem | null {
  const text = value.trim()
  if (!text) {
    if (field.type === 'secret' && opts.hasSecret) return null
    return field.required ? 'required' : null
  }
  if (field.type === 'url') {
    if (opts.original !== undefined && text === opts.original) return null
    if (text.length > URL_MAX_CHARS) return 'tooLong'
    return isHttpUrl(text) ? null : 'url'
  }
  if (field.type === 'select') return field.options?.includes(text) ? null : 'option'
  if (field.type === 'list') {
    const entries = listEntries(text)
    if (entries.length > LIST_MAX_ENTRIES) return 'tooLong'
    for (const e of entries) {
      const p = entryProblem(field, e)
      if (p) return p
    }
  }
  return null
}

/** Problems by field name (`name` for the channel's own name); empty when the draft may be sent. */
export function draftProblems(draft: ChannelDraft, saved?: NotifyChannel): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {}
  const name = draft.name.trim()
  if (!name) problems.name = 'required'
  else if ([...name].length > NAME_MAX_CHARS) problems.name = 'tooLong'
  for (const f of fieldsOf(draft.kind)) {
    const p = fieldProblem(f, draft.values[f.name] ?? '', { hasSecret: saved?.has_secret, original: originalText(saved, f) })
    if (p) problems[f.name] = p
  }
  return problems
}

function originalText(saved: NotifyChannel | undefined, f: ChannelField): string | undefined {
  const v = saved?.config[f.name]
  return f.type === 'url' && typeof v === 'string' ? v : undefined
}

/**
 * The config to send. A secret left empty and a masked URL left as shown are omitted, so the server
 * keeps what it stores (PATCH); a new channel sends everything typed.
 */
export function configOf(draft: ChannelDraft, saved?: NotifyChannel): Record<string, unknown> {
  const config: Record<string, unknown> = {}
  for (const f of fieldsOf(draft.kind)) {
    const text = (draft.values[f.name] ?? '').trim()
    if (f.type === 'secret' && !text) continue
    if (f.type === 'url' && saved && text === originalText(saved, f)) continue
    if (f.type === 'list') config[f.name] = listEntries(text)
    else if (text || f.required) config[f.name] = text
  }
  return config
}

/**
 * What 测试发送 sends: a new channel, or a saved one whose every field was typed again, is tested
 * as drafted; otherwise the saved channel is tested as stored (its secret never leaves the server).
 */
export function testTarget(draft: ChannelDraft, saved?: NotifyChannel): { id: number } | { kind: ChannelKind; config: Record<string, unknown> } {
  if (!saved) return { kind: draft.kind, config: configOf(draft) }
  const config = configOf(draft, saved)
  const complete = fieldsOf(draft.kind).every((f) => !f.required || f.name in config)
  return complete && draft.kind === saved.kind ? { kind: draft.kind, config } : { id: saved.id }
}
