/**
 * Readings of a page's data from the API interleaved with live updates of it. A reading can
 * answer after live updates newer than it: a page reads on load and again when its socket
 * connects, and on a busy server either answer may come last, after updates that came live.
 * So a reading applies unless a later one already has, and the live updates that arrived since
 * it was sent are applied again on top of it; one newer than every reading is never taken back.
 * Updates are kept only while a reading is in flight, so a week-long page holds none.
 */
export function createLiveReadings() {
  let sent = 0
  let applied = 0
  let arrivals = 0
  /** The arrival count when each reading in flight was sent. */
  const inFlight = new Map<number, number>()
  let kept: { arrival: number; apply: () => void }[] = []

  function settle(reading: number): void {
    inFlight.delete(reading)
    const oldest = Math.min(...inFlight.values())
    kept = kept.filter((u) => u.arrival > oldest)
  }

  /**
   * Reads with `fetch` and applies the answer with `apply`, unless a later reading was applied
   * first. A failure is thrown only when no later reading has been sent: that one's outcome counts.
   */
  async function read<T>(fetch: () => Promise<T>, apply: (answer: T) => void): Promise<void> {
    const reading = ++sent
    const since = arrivals
    inFlight.set(reading, since)
    try {
      const answer = await fetch()
      if (reading < applied) return
      applied = reading
      apply(answer)
      for (const u of kept) if (u.arrival > since) u.apply()
    } catch (err) {
      if (reading === sent) throw err
    } finally {
      settle(reading)
    }
  }

  /** A live update: applied now, and again on top of any reading in flight when that answers. */
  function update(apply: () => void): void {
    arrivals++
    if (inFlight.size > 0) kept.push({ arrival: arrivals, apply })
    apply()
  }

  return { read, update }
}
