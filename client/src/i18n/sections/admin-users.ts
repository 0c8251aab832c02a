/** Strings of the admin/users page; keys start with `adminUsers.`. */
export const adminUsers = {} as const
