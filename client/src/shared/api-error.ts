import { t } from '../i18n/messages.ts'
import { ERROR_WORDS, FRAMEWORK_WORDS } from '../i18n/sections/errors.ts'

/**
 * A failed API call as a page shows it: `message` in the reader's words (the server's messages are
 * English, for logs and programs), `code` to decide on, `detail` the server's own text (field
 * names of a validation error), `status` 0 when the server could not be reached at all.
 */
export interface ApiFailure extends Error {
  code?: string
  status: number
  detail: string
}

function failure(words: string, status: number, code: string | undefined, detail: string): ApiFailure {
  return Object.assign(new Error(words), { code, status, detail })
}

/** fetch, with "Failed to fetch" turned into words that say what it means for the data on screen. */
export async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (err) {
    throw failure(t('error.network'), 0, 'NETWORK', err instanceof Error ? err.message : String(err))
  }
}

export async function failureOf(res: Response): Promise<ApiFailure> {
  let body: { code?: unknown; message?: unknown } = {}
  try {
    body = (await res.json()) as typeof body
  } catch {
    // A proxy's HTML error page: the status is all there is.
  }
  const code = typeof body.code === 'string' ? body.code : undefined
  const detail = typeof body.message === 'string' ? body.message : ''
  const words = (code && ((ERROR_WORDS as Record<string, string>)[code] ?? FRAMEWORK_WORDS[code])) || t('error.http', { status: res.status })
  // Where the server already explains in Chinese (a weak password's reason), the reader gets that too.
  return failure(/[\u4e00-\u9fff]/.test(detail) ? `${words}：${detail}` : words, res.status, code, detail)
}
