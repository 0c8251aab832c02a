/**
 * The department catalogue's types. The shape is written once, as the wire schema in
 * shared/api/catalogue.ts (the catalogue travels over GET/PUT /api/departments); domain code
 * imports the types from here.
 */
export type { Department, DepartmentTerm, UnitLevel } from '../api/catalogue.ts'
