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

export type FieldProblem = 'required' | 'url' | 'email' | 'phone' | 'option' | 'tooLong' | 'retype'

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
  const changed = saved ? configChanged(draft, saved) : false
  for (const f of fieldsOf(draft.kind)) {
    const value = draft.values[f.name] ?? ''
    const original = originalText(saved, f)
    const p = changed && original !== undefined && value.trim() === original ? 'retype' : fieldProblem(f, value, { hasSecret: saved?.has_secret, original })
    if (p) problems[f.name] = p
  }
  return problems
}

function originalText(saved: NotifyChannel | undefined, f: ChannelField): string | undefined {
  const v = saved?.config[f.name]
  return f.type === 'url' && typeof v === 'string' ? v : undefined
}

/** The config a draft types, every field: a list as its lines, an empty secret left out (the server keeps it). */
export function configOf(draft: ChannelDraft): Record<string, unknown> {
  const config: Record<string, unknown> = {}
  for (const f of fieldsOf(draft.kind)) {
    const text = (draft.values[f.name] ?? '').trim()
    if (f.type === 'secret' && !text) continue
    if (f.type === 'list') config[f.name] = listEntries(text)
    else if (text || f.required) config[f.name] = text
  }
  return config
}

/** Whether a saved channel's draft changes its config at all (a typed secret counts; the name does not). */
export function configChanged(draft: ChannelDraft, saved: NotifyChannel): boolean {
  const shown = draftFor(saved.kind, saved).values
  return fieldsOf(draft.kind).some((f) => (f.type === 'secret' ? (draft.values[f.name] ?? '').trim() !== '' : (draft.values[f.name] ?? '').trim() !== (shown[f.name] ?? '').trim()))
}

/**
 * PATCH's config: none when unchanged (the server keeps everything); otherwise all of it. A masked
 * URL cannot be sent back, so changing anything else asks for the full URL again (`retype`).
 */
export function patchConfigOf(draft: ChannelDraft, saved: NotifyChannel): Record<string, unknown> | undefined {
  return configChanged(draft, saved) ? configOf(draft) : undefined
}

/**
 * What 测试发送 sends: a new or changed draft is tested as typed (a secret left empty is filled in by
 * the server only for saved channels, so a changed draft must carry it); an unchanged saved channel
 * is tested as stored, its secret never leaving the server.
 */
export function testTarget(draft: ChannelDraft, saved?: NotifyChannel): { id: number } | { kind: ChannelKind; config: Record<string, unknown> } {
  if (!saved || configChanged(draft, saved)) return { kind: draft.kind, config: configOf(draft) }
  return { id: saved.id }
}

/** Before a test-send: a changed draft is sent as typed, so it must carry its secret as well. */
export function testProblems(draft: ChannelDraft, saved?: NotifyChannel): Record<string, FieldProblem> {
  const problems = draftProblems({ ...draft, name: draft.name.trim() || '-' }, saved)
  if (saved && configChanged(draft, saved)) {
    for (const f of fieldsOf(draft.kind)) if (f.type === 'secret' && f.required && !(draft.values[f.name] ?? '').trim()) problems[f.name] = 'required'
  }
  return problems
}
