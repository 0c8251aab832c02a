export const ROLES = ['admin', 'operator', 'unit', 'reviewer', 'display'] as const
export type Role = (typeof ROLES)[number]
/** Roles an account can have; `display` is a kiosk token, never a password account. */
export const ACCOUNT_ROLES = ['admin', 'operator', 'unit', 'reviewer'] as const
export type AccountRole = (typeof ACCOUNT_ROLES)[number]
