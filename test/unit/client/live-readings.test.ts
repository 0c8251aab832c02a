import { describe, expect, it } from 'vitest'
import { createLiveReadings } from '../../../client/src/shared/live-readings.ts'

/** A reading whose answer the test gives when it chooses. */
function held<T>() {
  let answer!: (value: T) => void
  let refuse!: (err: Error) => void
  const promise = new Promise<T>((resolve, reject) => ((answer = resolve), (refuse = reject)))
  return { fetch: () => promise, answer, refuse }
}

/** Two readings of a list sent one after the other, both unanswered; `shown.list` is what the page shows. */
function twoReadingsSent() {
  const readings = createLiveReadings()
  const shown = { list: [] as string[] }
  const one = held<string[]>()
  const two = held<string[]>()
  const first = readings.read(one.fetch, (l) => (shown.list = l))
  const second = readings.read(two.fetch, (l) => (shown.list = l))
  return { readings, shown, one, two, first, second }
}

describe('createLiveReadings: readings of a list interleaved with live updates', () => {
  it('applies the first answer though a second reading was sent before it, and the second on top with what arrived live since it was sent', async () => {
    const { readings, shown, one, two, first, second } = twoReadingsSent()
    one.answer(['a'])
    await first
    expect(shown.list).toEqual(['a'])
    readings.update(() => (shown.list = [...shown.list, 'b (live)']))
    two.answer(['a'])
    await second
    expect(shown.list).toEqual(['a', 'b (live)'])
  })

  it('drops an older answer that comes after a newer one was applied', async () => {
    const { shown, one, two, first, second } = twoReadingsSent()
    two.answer(['new'])
    await second
    one.answer(['old'])
    await first
    expect(shown.list).toEqual(['new'])
  })

  it('replays only updates that arrived after the reading was sent, and keeps none once no reading is in flight', async () => {
    const readings = createLiveReadings()
    const applied: string[] = []
    readings.update(() => applied.push('before'))
    const one = held<string[]>()
    const first = readings.read(one.fetch, () => applied.push('answer'))
    readings.update(() => applied.push('during'))
    one.answer([])
    await first
    readings.update(() => applied.push('after'))
    const two = held<string[]>()
    const second = readings.read(two.fetch, () => applied.push('answer 2'))
    two.answer([])
    await second
    expect(applied).toEqual(['before', 'during', 'answer', 'during', 'after', 'answer 2'])
  })

  it('throws a failure only when no later reading was sent', async () => {
    const readings = createLiveReadings()
    const one = held<string[]>()
    const two = held<string[]>()
    const first = readings.read(one.fetch, () => {})
    const second = readings.read(two.fetch, () => {})
    one.refuse(new Error('first'))
    await expect(first).resolves.toBeUndefined()
    two.refuse(new Error('second'))
    await expect(second).rejects.toThrow('second')
  })
})
