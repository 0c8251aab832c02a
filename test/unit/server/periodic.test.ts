import { describe, expect, it } from 'vitest'
import { PeriodicPass } from '../../../server/periodic.ts'

function logger() {
  const errors: { err: unknown; msg: string }[] = []
  return { errors, log: { error: (obj: { err: unknown }, msg: string) => void errors.push({ err: obj.err, msg }) } }
}

describe('PeriodicPass', () => {
  it('a pass that throws is logged and answers the fallback, and the next pass runs when one failed', async () => {
    const { errors, log } = logger()
    let calls = 0
    const loop = new PeriodicPass(
      async () => {
        calls++
        if (calls === 1) throw new Error('database gone')
        return 7
      },
      { everyMs: 60_000, log: log as never, failure: 'scan failed', fallback: 0 },
    )
    expect(await loop.run()).toBe(0)
    expect(errors.map((e) => [e.msg, (e.err as Error).message])).toEqual([['scan failed', 'database gone']])
    expect(await loop.run()).toBe(7)
  })

  it('calls while a pass is under way share it, and stop waits for it when stopped mid-pass', async () => {
    const { log } = logger()
    let calls = 0
    let finish!: (n: number) => void
    let finished = false
    const loop = new PeriodicPass(
      () => {
        calls++
        return new Promise<number>((resolve) => (finish = resolve)).then((n) => ((finished = true), n))
      },
      { everyMs: 60_000, log: log as never, failure: 'scan failed', fallback: 0 },
    )
    loop.start()
    const shared = loop.run()
    expect(calls).toBe(1)
    const stopped = loop.stop().then(() => finished)
    finish(3)
    expect(await shared).toBe(3)
    expect(await stopped).toBe(true)
  })
})
