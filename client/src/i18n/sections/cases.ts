/** Strings of the cases page; keys start with `cases.`. */
export const cases = {} as const
