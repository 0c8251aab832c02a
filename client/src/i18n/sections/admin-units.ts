/** Strings of the admin/units page; keys start with `adminUnits.`. */
export const adminUnits = {} as const
