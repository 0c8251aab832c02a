/**
 * The cases concern's public module: cases, their events and deadlines, units (the 属地 tree) and who may see a case. Other concerns read and write these tables only through what is exported here. Owns units, cases, case_events, case_deadlines, deadline_crossings.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { patchCaseIn } from './case-patch.ts'
export { loadCase } from './case-read.ts'
export { appendCaseEvent, createCaseIn, logCaseChange, requireCase } from './case-write.ts'
export { loadDeadlineRows } from './deadline-rows.ts'
export { acknowledgementDueAt, caseEventTimes, caseEventsOfCases, caseEventsOfTypeIn, caseHeads, caseHeadsWithDrill, caseTitles, closedCaseIds, findUnit, loadCaseForNotice, loadUnitTree, searchOpenCases, storedDeadlines, unitDutyPhones, unitNames, unmetOverdueDeadlines } from './reads.ts'
export { canSeeCase, caseInTerritory, responsibleInSubtree } from './territory.ts'
export type { CasePluginOptions } from './plugin.ts'
