/** Strings of the admin/departments page; keys start with `adminDepartments.`. */
export const adminDepartments = {} as const
