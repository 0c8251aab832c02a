/**
 * The auth concern's public module: who a request or socket is (access declarations for routes, the rooms sockets join) and who may file which case event. Owns users, sessions, display_tokens, login_failures.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { ACCOUNTS, ALL_ROLES, PUBLIC, STAFF, WALL, actorName, allow } from './access.ts'
export { checkEventAllowed } from './case-permissions.ts'
export { enabledAccounts, moveUnitAccounts, userExists, usernameOf } from './reads.ts'
export { OFFICE_ROOMS, WALL_ROOMS, unitRoom } from './rooms.ts'
