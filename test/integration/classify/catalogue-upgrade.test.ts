import { describe, expect, it } from 'vitest'
import { CATALOGUE_EDITION, defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { adminEdit, catalogueOf, catalogueReply, olderDefault, olderInstallation, SNOW, snowItem, termsOf, upgrades } from '../../helpers/catalogue-upgrade.ts'
import { startTestApp, tempDataDir } from '../../helpers/test-app.ts'

// An installation an older release seeded, upgraded to this one (the older release: helpers/catalogue-upgrade.ts).
describe('a new release\'s default catalogue at start', () => {
  it('reaches an installation an older release seeded: new terms and departments in, the admin\'s edits kept, recent items re-tagged, the change logged', async () => {
    const dataDir = tempDataDir()
    await olderInstallation(dataDir, { edition: 0, body: olderDefault() })

    const t = await startTestApp({}, dataDir)
    const catalogue = await catalogueOf(t)
    expect(termsOf(catalogue, 'cgj')).toMatchObject({ 清雪: 4, 扫雪: 4, 除雪: 4, 铲雪: 4 })
    expect(catalogue.map((d) => d.id)).toEqual(defaultCatalogue().map((d) => d.id))
    const yjj = termsOf(catalogue, 'yjj')
    expect(yjj.火灾).toBe(9)
    expect(yjj.消防).toBeUndefined()

    // The item polled under the older catalogue now goes to the 城管局 the new words point to.
    await expect.poll(async () => (await snowItem(t)).unit?.name, { timeout: 10_000 }).toBe('济南市历下区城市管理局')
    expect((await snowItem(t)).departments[0]).toMatchObject({ id: 'cgj', terms: ['清雪'] })
    const logged = await upgrades(t)
    expect(logged).toHaveLength(1)
    expect(logged[0]!.actor).toBe('release')
    expect(JSON.parse(logged[0]!.payload)).toMatchObject({ from: 0, departmentsAdded: ['rfb'], departments: [{ id: 'cgj', termsAdded: SNOW }] })
    // 人防 is a unit in every county as a department an admin adds would be.
    await expect.poll(async () => ((await (await fetch(`${t.baseUrl}/api/units`)).json()) as { units: { id: string }[] }).units.map((u) => u.id)).toContain('370102-rfb')
    // The admin is told what the release changed.
    expect((await catalogueReply(t)).upgrade).toMatchObject({ from: 0, to: CATALOGUE_EDITION, departments_added: ['rfb'], terms_added: 4, terms_reweighted: 0, terms_dropped: 0, terms_skipped: 0 })
    await t.app.close()

    // Started again, the release finds its edition taken in: nothing merged twice, nothing logged again.
    const again = await startTestApp({}, dataDir)
    expect(await catalogueOf(again)).toEqual(catalogue)
    expect(await upgrades(again)).toHaveLength(1)
  })

  it('an installation seeded before the catalogue remembered its default gets the new terms, and keeps the admin\'s weights', async () => {
    const dataDir = tempDataDir()
    await olderInstallation(dataDir, null)
    const t = await startTestApp({}, dataDir)
    const catalogue = await catalogueOf(t)
    expect(termsOf(catalogue, 'cgj').清雪).toBe(4)
    expect(termsOf(catalogue, 'yjj').火灾).toBe(9)
    // A removal cannot be told from a term the older default lacked: only additions are made, so 消防 is back.
    expect(termsOf(catalogue, 'yjj').消防).toBe(4)
    expect(JSON.parse((await upgrades(t))[0]!.payload)).toMatchObject({ from: null })
    await expect.poll(async () => (await snowItem(t)).unit?.name, { timeout: 10_000 }).toBe('济南市历下区城市管理局')
  })

  it('an older release started on a catalogue a newer one took in leaves it as it is', async () => {
    const dataDir = tempDataDir()
    await olderInstallation(dataDir, { edition: 1_000, body: olderDefault() })
    const t = await startTestApp({}, dataDir)
    expect(await catalogueOf(t)).toEqual(adminEdit(olderDefault()))
    expect(await upgrades(t)).toEqual([])
    expect((await catalogueReply(t)).upgrade).toBeNull()
    expect((await snowItem(t)).departments).toEqual([])
  })
})
