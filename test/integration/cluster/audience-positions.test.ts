import { describe, it } from 'vitest'
import { expectPositionsPerAudience } from '../../helpers/audience-positions.ts'
import { startPair } from '../../helpers/cluster-apps.ts'
import { startOwnRedis } from '../../helpers/redis-server.ts'

describe('stream positions per audience across processes (YQ_REDIS_URL)', () => {
  it('a sign-in on A moves no wall on A or B; a case opened on A moves B\'s walls to what they were sent', async () => {
    const redis = await startOwnRedis()
    const [a, b] = await startPair(redis.url)
    await expectPositionsPerAudience(a, b)
  })
})
