/** Stable error codes: tests and outside tools match on these, never on message text. */
export const ErrorCode = {
  FEED_HTTP: 'YQ_ERR_FEED_HTTP',
  FEED_TIMEOUT: 'YQ_ERR_FEED_TIMEOUT',
  FEED_TOO_LARGE: 'YQ_ERR_FEED_TOO_LARGE',
  FEED_NOT_FEED: 'YQ_ERR_FEED_NOT_FEED',
  FEED_NETWORK: 'YQ_ERR_FEED_NETWORK',
  FEED_REDIRECTS: 'YQ_ERR_FEED_REDIRECTS',
  /** A feed nested too deep, with too many elements, or taking too long or too much memory to read. */
  FEED_TOO_COMPLEX: 'YQ_ERR_FEED_TOO_COMPLEX',
  SOURCE_URL_REFUSED: 'YQ_ERR_SOURCE_URL_REFUSED',
  SOURCE_DUPLICATE: 'YQ_ERR_SOURCE_DUPLICATE',
  SOURCE_NOT_FOUND: 'YQ_ERR_SOURCE_NOT_FOUND',
  /** A push to a source that is polled, or a poll of a push source. */
  SOURCE_KIND: 'YQ_ERR_SOURCE_KIND',
  PUSH_TOKEN: 'YQ_ERR_PUSH_TOKEN',
  /** A push to a paused source. */
  SOURCE_PAUSED: 'YQ_ERR_SOURCE_PAUSED',
  /** A source name of only spaces. */
  SOURCE_NAME: 'YQ_ERR_SOURCE_NAME',
  CONFIG: 'YQ_ERR_CONFIG',
  /** A notification channel's config (URL, secret, recipients) is missing or malformed. */
  CHANNEL_CONFIG: 'YQ_ERR_CHANNEL_CONFIG',
  CASE_NOT_FOUND: 'YQ_ERR_CASE_NOT_FOUND',
  BAD_CASE_LEVEL: 'YQ_ERR_BAD_CASE_LEVEL',
  UNKNOWN_UNIT: 'YQ_ERR_UNKNOWN_UNIT',
  EVENT_IN_FUTURE: 'YQ_ERR_EVENT_IN_FUTURE',
  EVENT_BEFORE_CLOCK_START: 'YQ_ERR_EVENT_BEFORE_CLOCK_START',
  BAD_CASE_EVENT: 'YQ_ERR_BAD_CASE_EVENT',
  /** A 回应 / 权威信息 / 持续发布 link on a loopback, private or intranet host: not where the public can read it. */
  EVENT_URL_NOT_PUBLIC: 'YQ_ERR_EVENT_URL_NOT_PUBLIC',
  BAD_CLOCK_START: 'YQ_ERR_BAD_CLOCK_START',
  BAD_STATUS_CHANGE: 'YQ_ERR_BAD_STATUS_CHANGE',
  ITEM_NOT_FOUND: 'YQ_ERR_ITEM_NOT_FOUND',
  ITEM_ALREADY_LINKED: 'YQ_ERR_ITEM_ALREADY_LINKED',
  BAD_CATALOGUE: 'YQ_ERR_BAD_CATALOGUE',
  BAD_PERIOD: 'YQ_ERR_BAD_PERIOD',
  BAD_GROUPING: 'YQ_ERR_BAD_GROUPING',
  BULLETIN_NOT_FOUND: 'YQ_ERR_BULLETIN_NOT_FOUND',
  BULLETIN_UNCHANGED: 'YQ_ERR_BULLETIN_UNCHANGED',
  CHECK_NOT_FOUND: 'YQ_ERR_CHECK_NOT_FOUND',
  CHECK_EMPTY: 'YQ_ERR_CHECK_EMPTY',
  BAD_CHECK_RESULT: 'YQ_ERR_BAD_CHECK_RESULT',
  CHECK_ALREADY_RECORDED: 'YQ_ERR_CHECK_ALREADY_RECORDED',
  UNAUTHENTICATED: 'YQ_ERR_UNAUTHENTICATED',
  FORBIDDEN: 'YQ_ERR_FORBIDDEN',
  CSRF: 'YQ_ERR_CSRF',
  LOGIN_FAILED: 'YQ_ERR_LOGIN_FAILED',
  LOGIN_LOCKED: 'YQ_ERR_LOGIN_LOCKED',
  WEAK_PASSWORD: 'YQ_ERR_WEAK_PASSWORD',
  USER_EXISTS: 'YQ_ERR_USER_EXISTS',
  USER_NOT_FOUND: 'YQ_ERR_USER_NOT_FOUND',
  TOKEN_NOT_FOUND: 'YQ_ERR_TOKEN_NOT_FOUND',
  STORY_NOT_FOUND: 'YQ_ERR_STORY_NOT_FOUND',
  STORY_CLAIMED: 'YQ_ERR_STORY_CLAIMED',
  STORY_TRIAGED: 'YQ_ERR_STORY_TRIAGED',
  UNDO_EXPIRED: 'YQ_ERR_UNDO_EXPIRED',
  CASE_CLOSED: 'YQ_ERR_CASE_CLOSED',
  BAD_CURSOR: 'YQ_ERR_BAD_CURSOR',
  BAD_SEARCH: 'YQ_ERR_BAD_SEARCH',
  /** A failure the server did not expect: the answer carries this code and no internal text. */
  INTERNAL: 'YQ_ERR_INTERNAL',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** An error the product expects and explains: the code is stable, the message is for people. */
export class YqError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message)
    this.name = 'YqError'
  }
}
