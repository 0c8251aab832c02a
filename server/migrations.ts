import { authMigrations } from './auth/migrations.ts'
import { caseMigrations } from './cases/migrations.ts'
import { classifyMigrations } from './classify/migrations.ts'
import { clusterMigrations } from './cluster/migrations.ts'
import type { Migrations } from './db/migrations.ts'
import { ingestMigrations } from './ingest/migrations.ts'
import { reviewMigrations } from './review/migrations.ts'
import { triageMigrations } from './triage/migrations.ts'
import { notifyMigrations } from './notify/migrations.ts'

/** Every concern's migrations: the server and the CLIs that open its database use the same set. */
export const allMigrations: Migrations = { ...ingestMigrations, ...caseMigrations, ...classifyMigrations, ...reviewMigrations, ...triageMigrations, ...authMigrations, ...notifyMigrations, ...clusterMigrations }
