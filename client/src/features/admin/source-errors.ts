import { MAX_INTERVAL_S, MIN_INTERVAL_S } from '@shared/types/source.ts'
import { t, type MessageKey } from '../../i18n/messages.ts'
import { ErrorCode } from '@shared/errors.ts'

const KNOWN: ReadonlySet<string> = new Set<string>([
  ErrorCode.FEED_HTTP, ErrorCode.FEED_TIMEOUT, ErrorCode.FEED_TOO_LARGE, ErrorCode.FEED_NOT_FEED, ErrorCode.FEED_NETWORK, ErrorCode.FEED_REDIRECTS, ErrorCode.FEED_TOO_COMPLEX,
  ErrorCode.SOURCE_URL_REFUSED, ErrorCode.SOURCE_DUPLICATE, ErrorCode.SOURCE_NAME, ErrorCode.SOURCE_KIND, ErrorCode.SOURCE_PLACE,
])

/** A failure in the reader's words: the server's messages are English and technical, its codes are stable. */
export function describeSourceError(code: string | null | undefined, message: string): string {
  if (!code || !KNOWN.has(code)) return `${t('adminSources.error.unknown')}：${message}`
  const status = code === ErrorCode.FEED_HTTP ? /HTTP (\d{3})/.exec(message)?.[1] : undefined
  return t(`adminSources.error.${code}` as MessageKey) + (status ? t('adminSources.error.httpStatus', { status }) : '')
}

export type SourceField = 'name' | 'url' | 'interval' | 'place' | 'form'

/** Which field of the add form a refusal belongs beside, and what to say there. */
export function sourceFieldError(err: { code?: string; message: string; detail?: string }): { field: SourceField; text: string } {
  if (err.code === 'FST_ERR_VALIDATION') {
    // The server's own text names the field (body/interval_s …); `message` is already in words.
    const field = /body\/(\w+)/.exec(err.detail || err.message)?.[1]
    if (field === 'interval_s') return { field: 'interval', text: t('adminSources.error.interval', { min: MIN_INTERVAL_S, max: MAX_INTERVAL_S }) }
    if (field === 'name') return { field: 'name', text: t('adminSources.error.nameRequired') }
    if (field === 'url') return { field: 'url', text: t('adminSources.error.urlRequired') }
    if (field === 'place') return { field: 'place', text: t('adminSources.error.YQ_ERR_SOURCE_PLACE') }
    return { field: 'form', text: err.message }
  }
  if (err.code === ErrorCode.SOURCE_NAME) return { field: 'name', text: describeSourceError(err.code, err.message) }
  if (err.code === ErrorCode.SOURCE_PLACE) return { field: 'place', text: describeSourceError(err.code, err.message) }
  if (err.code && KNOWN.has(err.code)) return { field: 'url', text: describeSourceError(err.code, err.message) }
  return { field: 'form', text: err.message }
}
