/** Strings of the triage page; keys start with `triage.`. */
export const triage = {} as const
