// The notify feature's public module: what other pages embed (the units page shows a unit's channels
// and rules; the wall marks whether a case's alert reached anyone). Everything else here is internal.
export { default as NotifyOwnerPanel } from './NotifyOwnerPanel.vue'
export { unitOwner } from './owners.ts'
export { reachMark } from './notify-format.ts'
