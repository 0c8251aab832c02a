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
  /** A source place that is not a city or county of the home province (nor `none`). */
  SOURCE_PLACE: 'YQ_ERR_SOURCE_PLACE',
  CONFIG: 'YQ_ERR_CONFIG',
  /** A notification channel's config (URL, secret, recipients) is missing or malformed. */
  CHANNEL_CONFIG: 'YQ_ERR_CHANNEL_CONFIG',
  /** A change to a channel that follows its unit's duty phone: the phone is changed on the unit. */
  CHANNEL_FOLLOWS_DUTY_PHONE: 'YQ_ERR_CHANNEL_FOLLOWS_DUTY_PHONE',
  CHANNEL_NOT_FOUND: 'YQ_ERR_CHANNEL_NOT_FOUND',
  /** A notification owner (unit, user, duty group) that the caller may not manage. */
  NOTIFY_OWNER: 'YQ_ERR_NOTIFY_OWNER',
  /** A notification owner named half (type without id) or that does not exist. */
  BAD_NOTIFY_OWNER: 'YQ_ERR_BAD_NOTIFY_OWNER',
  DELIVERY_NOT_FOUND: 'YQ_ERR_DELIVERY_NOT_FOUND',
  /** A retry of a delivery that was already sent. */
  DELIVERY_ALREADY_SENT: 'YQ_ERR_DELIVERY_ALREADY_SENT',
  CASE_NOT_FOUND: 'YQ_ERR_CASE_NOT_FOUND',
  BAD_CASE_LEVEL: 'YQ_ERR_BAD_CASE_LEVEL',
  /** A request names a unit that does not exist (or was merged away). */
  UNKNOWN_UNIT: 'YQ_ERR_UNKNOWN_UNIT',
  /** The unit a URL names does not exist. */
  UNIT_NOT_FOUND: 'YQ_ERR_UNIT_NOT_FOUND',
  EVENT_IN_FUTURE: 'YQ_ERR_EVENT_IN_FUTURE',
  EVENT_BEFORE_CLOCK_START: 'YQ_ERR_EVENT_BEFORE_CLOCK_START',
  BAD_CASE_EVENT: 'YQ_ERR_BAD_CASE_EVENT',
  /** A 回应 / 权威信息 / 持续发布 link on a loopback, private or intranet host: not where the public can read it. */
  EVENT_URL_NOT_PUBLIC: 'YQ_ERR_EVENT_URL_NOT_PUBLIC',
  /** A 签收 by a unit the case was not forwarded (转办) to. */
  ACK_NOT_RECEIVING_UNIT: 'YQ_ERR_ACK_NOT_RECEIVING_UNIT',
  BAD_CLOCK_START: 'YQ_ERR_BAD_CLOCK_START',
  /** A 退回 by a unit that is not the one the case was last forwarded to, or of a case with nothing to return. */
  RETURN_REFUSED: 'YQ_ERR_RETURN_REFUSED',
  /** A 延期申请 or its decision that names no open deadline, asks too late or too little, or decides twice. */
  BAD_EXTENSION: 'YQ_ERR_BAD_EXTENSION',
  /** 改派, 退回, 延期 and 备注 need their reason (or note) in words. */
  REASON_REQUIRED: 'YQ_ERR_REASON_REQUIRED',
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
  /** A password change whose current password is wrong (the session stays signed in). */
  WRONG_CURRENT_PASSWORD: 'YQ_ERR_WRONG_CURRENT_PASSWORD',
  LOGIN_LOCKED: 'YQ_ERR_LOGIN_LOCKED',
  WEAK_PASSWORD: 'YQ_ERR_WEAK_PASSWORD',
  USER_EXISTS: 'YQ_ERR_USER_EXISTS',
  /** A username outside 2–40 of a-z 0-9 . _ - (once FORBIDDEN, which is for refusals of who you are). */
  BAD_USERNAME: 'YQ_ERR_BAD_USERNAME',
  BAD_ROLE: 'YQ_ERR_BAD_ROLE',
  USER_NOT_FOUND: 'YQ_ERR_USER_NOT_FOUND',
  TOKEN_NOT_FOUND: 'YQ_ERR_TOKEN_NOT_FOUND',
  STORY_NOT_FOUND: 'YQ_ERR_STORY_NOT_FOUND',
  STORY_CLAIMED: 'YQ_ERR_STORY_CLAIMED',
  STORY_TRIAGED: 'YQ_ERR_STORY_TRIAGED',
  UNDO_EXPIRED: 'YQ_ERR_UNDO_EXPIRED',
  CASE_CLOSED: 'YQ_ERR_CASE_CLOSED',
  BAD_CURSOR: 'YQ_ERR_BAD_CURSOR',
  BAD_SEARCH: 'YQ_ERR_BAD_SEARCH',
  /** A number or value the store cannot hold (an id beyond PostgreSQL's integer range): no such record can exist. */
  VALUE_OUT_OF_RANGE: 'YQ_ERR_VALUE_OUT_OF_RANGE',
  /** A failure the server did not expect: the answer carries this code and no internal text. */
  INTERNAL: 'YQ_ERR_INTERNAL',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/**
 * The one HTTP status of each code: throw sites, the error handler and the client read it here, so a
 * code never means a 400 in one route and a 403 in another. A failure of another kind gets a code of
 * its own. Feed codes are also recorded on a source (last_error), where no status applies.
 */
export const ERROR_STATUS = {
  YQ_ERR_FEED_HTTP: 502,
  YQ_ERR_FEED_TIMEOUT: 400,
  YQ_ERR_FEED_TOO_LARGE: 400,
  YQ_ERR_FEED_NOT_FEED: 400,
  YQ_ERR_FEED_NETWORK: 400,
  YQ_ERR_FEED_REDIRECTS: 400,
  YQ_ERR_FEED_TOO_COMPLEX: 400,
  YQ_ERR_SOURCE_URL_REFUSED: 400,
  YQ_ERR_SOURCE_DUPLICATE: 409,
  YQ_ERR_SOURCE_NOT_FOUND: 404,
  YQ_ERR_SOURCE_KIND: 409,
  YQ_ERR_PUSH_TOKEN: 401,
  YQ_ERR_SOURCE_PAUSED: 409,
  YQ_ERR_SOURCE_NAME: 400,
  YQ_ERR_SOURCE_PLACE: 400,
  YQ_ERR_CONFIG: 400,
  YQ_ERR_CHANNEL_CONFIG: 400,
  YQ_ERR_CHANNEL_FOLLOWS_DUTY_PHONE: 409,
  YQ_ERR_CHANNEL_NOT_FOUND: 404,
  YQ_ERR_NOTIFY_OWNER: 403,
  YQ_ERR_BAD_NOTIFY_OWNER: 400,
  YQ_ERR_DELIVERY_NOT_FOUND: 404,
  YQ_ERR_DELIVERY_ALREADY_SENT: 409,
  YQ_ERR_CASE_NOT_FOUND: 404,
  YQ_ERR_BAD_CASE_LEVEL: 400,
  YQ_ERR_UNKNOWN_UNIT: 400,
  YQ_ERR_UNIT_NOT_FOUND: 404,
  YQ_ERR_EVENT_IN_FUTURE: 400,
  YQ_ERR_EVENT_BEFORE_CLOCK_START: 400,
  YQ_ERR_BAD_CASE_EVENT: 400,
  YQ_ERR_EVENT_URL_NOT_PUBLIC: 400,
  YQ_ERR_ACK_NOT_RECEIVING_UNIT: 409,
  YQ_ERR_BAD_CLOCK_START: 400,
  YQ_ERR_BAD_STATUS_CHANGE: 409,
  YQ_ERR_ITEM_NOT_FOUND: 404,
  YQ_ERR_ITEM_ALREADY_LINKED: 409,
  YQ_ERR_BAD_CATALOGUE: 400,
  YQ_ERR_BAD_PERIOD: 400,
  YQ_ERR_BAD_GROUPING: 400,
  YQ_ERR_BULLETIN_NOT_FOUND: 404,
  YQ_ERR_BULLETIN_UNCHANGED: 409,
  YQ_ERR_CHECK_NOT_FOUND: 404,
  YQ_ERR_CHECK_EMPTY: 409,
  YQ_ERR_BAD_CHECK_RESULT: 400,
  YQ_ERR_CHECK_ALREADY_RECORDED: 409,
  YQ_ERR_UNAUTHENTICATED: 401,
  YQ_ERR_FORBIDDEN: 403,
  YQ_ERR_CSRF: 403,
  YQ_ERR_LOGIN_FAILED: 401,
  YQ_ERR_WRONG_CURRENT_PASSWORD: 403,
  YQ_ERR_LOGIN_LOCKED: 429,
  YQ_ERR_WEAK_PASSWORD: 400,
  YQ_ERR_USER_EXISTS: 409,
  YQ_ERR_BAD_USERNAME: 400,
  YQ_ERR_BAD_ROLE: 400,
  YQ_ERR_USER_NOT_FOUND: 404,
  YQ_ERR_TOKEN_NOT_FOUND: 404,
  YQ_ERR_STORY_NOT_FOUND: 404,
  YQ_ERR_STORY_CLAIMED: 409,
  YQ_ERR_STORY_TRIAGED: 409,
  YQ_ERR_UNDO_EXPIRED: 409,
  YQ_ERR_CASE_CLOSED: 409,
  YQ_ERR_BAD_CURSOR: 400,
  YQ_ERR_BAD_SEARCH: 400,
  YQ_ERR_RETURN_REFUSED: 409,
  YQ_ERR_BAD_EXTENSION: 409,
  YQ_ERR_REASON_REQUIRED: 400,
  YQ_ERR_VALUE_OUT_OF_RANGE: 400,
  YQ_ERR_INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>

export type ErrorStatus<C extends ErrorCode> = (typeof ERROR_STATUS)[C]

/**
 * An error the product expects and explains: the code is stable, the message is for people, the
 * status comes from ERROR_STATUS (a status given at the throw site must agree with it; typecheck).
 */
export class YqError<C extends ErrorCode = ErrorCode> extends Error {
  readonly statusCode: number
  constructor(
    readonly code: C,
    message: string,
    statusCode?: ErrorStatus<C>,
  ) {
    super(message)
    this.name = 'YqError'
    this.statusCode = statusCode ?? ERROR_STATUS[code]
  }
}
