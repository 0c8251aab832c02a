import { describe, expect, it } from 'vitest'
import { RECOVERY_LOG_MAX, trimRecoveryLog } from '../../../server/realtime/recovery-adapter.ts'

describe('trimRecoveryLog()', () => {
  it('keeps the newest RECOVERY_LOG_MAX packets once the log passes the cap by a fifth, in order', () => {
    const log = Array.from({ length: RECOVERY_LOG_MAX * 1.2 + 1 }, (_, i) => i)
    trimRecoveryLog(log)
    expect(log).toHaveLength(RECOVERY_LOG_MAX)
    expect(log[0]).toBe(RECOVERY_LOG_MAX * 0.2 + 1)
    expect(log.at(-1)).toBe(RECOVERY_LOG_MAX * 1.2)
  })

  it('leaves a log within the margin as it is, so a full log is not spliced on every broadcast', () => {
    const log = Array.from({ length: RECOVERY_LOG_MAX * 1.2 }, (_, i) => i)
    trimRecoveryLog(log)
    expect(log).toHaveLength(RECOVERY_LOG_MAX * 1.2)
    expect(log[0]).toBe(0)
  })
})
