/** Strings of the admin/sources page; keys start with `adminSources.`. */
export const adminSources = {} as const
