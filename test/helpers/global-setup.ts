import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
// @ts-expect-error -- plain JavaScript module shared with `npm start`; it has no type declarations
import { buildClientIfStale, buildServerIfStale } from '../../scripts/build-if-stale.mjs'
import { CREATE_EMPTY, onPostgres, onServer, pgUrlOf } from './pg-server.ts'
import { buildStoreTemplate } from './store-template.ts'

type Build = (log: (line: string) => void) => Promise<void>

/**
 * Browser tests need the built client and process tests run the server bundle `npm start`
 * runs; build each once per run, only when stale. Then the run's store template (see
 * store-template.ts), removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await (buildClientIfStale as Build)(() => {})
  await (buildServerIfStale as Build)(() => {})
  if (onPostgres) {
    const name = `yq_template_${process.pid}_${Date.now().toString(36)}`
    await onServer((c) => c.query(`CREATE DATABASE ${name} ${CREATE_EMPTY}`))
    await buildStoreTemplate(pgUrlOf(name))
    project.provide('storeTemplate', name)
    return async () => {
      await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-template-'))
  const file = path.join(dir, 'yuqing.sqlite')
  await buildStoreTemplate(file)
  project.provide('storeTemplate', file)
  return async () => fs.rmSync(dir, { recursive: true, force: true })
}
