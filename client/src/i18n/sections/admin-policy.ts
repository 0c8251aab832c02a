/** Strings of the admin/policy page; keys start with `adminPolicy.`. */
export const adminPolicy = {} as const
