/**
 * A refusal from the channel API in the reader's words, beside the field it concerns. The server's
 * own text is English and technical (`url: required`), but its codes and field prefixes are stable:
 * they say which field, and the words for that field's problem come from the form's own table.
 */
import type { ChannelField } from '@shared/notify/channels.ts'
import { t } from '../../i18n/messages.ts'
import { problemText } from './notify-format.ts'
import { ErrorCode } from '@shared/errors.ts'

export interface Refusal {
  /** A field name, `name`, or `form` for what belongs to no field. */
  field: string
  text: string
}

function configProblem(field: ChannelField | undefined, detail: string): string {
  if (/^required$/.test(detail)) return problemText('required')
  if (/not a URL|only http|longer than/.test(detail)) return problemText('url')
  if (/is not valid/.test(detail) && field?.name === 'to') return problemText('email')
  if (/is not valid/.test(detail) && field?.name === 'phones') return problemText('phone')
  return t('notify.refused.config', { detail })
}

/** `message`: the API failure in words (client/src/shared/api-error.ts); `detail`: the server's own text, which names the field. */
export function channelRefusal(err: { code?: string; message: string; detail?: string }, fields: readonly ChannelField[]): Refusal {
  const message = err.detail || err.message || ''
  const urlField = fields.find((f) => f.type === 'url')?.name ?? 'form'
  if (err.code === ErrorCode.CHANNEL_CONFIG) {
    const [, name, detail] = /^(\w+): (.*)$/s.exec(message) ?? []
    const field = fields.find((f) => f.name === name)
    if (field) return { field: field.name, text: configProblem(field, detail ?? '') }
    return { field: 'form', text: t('notify.refused.config', { detail: message }) }
  }
  if (err.code === ErrorCode.CHANNEL_FOLLOWS_DUTY_PHONE) return { field: 'form', text: t('notify.refused.config', { detail: message }) }
  if (err.code === ErrorCode.SOURCE_URL_REFUSED) {
    if (/does not resolve/.test(message)) return { field: urlField, text: t('notify.refused.unresolved') }
    if (/loopback or private/.test(message)) return { field: urlField, text: t('notify.refused.private') }
    return { field: urlField, text: problemText('url') }
  }
  if (err.code === ErrorCode.NOTIFY_OWNER || err.code === ErrorCode.BAD_NOTIFY_OWNER) return { field: 'form', text: t('notify.refused.owner') }
  if (err.code === 'FST_ERR_VALIDATION' && /body\/name/.test(message)) return { field: 'name', text: problemText('tooLong') }
  return { field: 'form', text: err.message }
}
