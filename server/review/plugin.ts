import fp from 'fastify-plugin'
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from '@shared/review/policy.ts'
import { reviewRoutes } from './routes.ts'

export interface ReviewPluginOptions {
  /** The clock; tests inject one. */
  now?: () => Date
  /** Randomness for 不定期检查 sampling; tests inject a seeded one. */
  random?: () => number
  /** The on-time target and the bulletin's measures. */
  policy?: ReviewPolicy
}

/** Timeliness review, bulletins (考核通报) and irregular checks (不定期检查), over the cases concern's tables. */
export default fp(
  async (app, opts: ReviewPluginOptions) => {
    await app.register(reviewRoutes, {
      now: opts.now ?? (() => new Date()),
      random: opts.random ?? Math.random,
      policy: opts.policy ?? DEFAULT_REVIEW_POLICY,
    })
  },
  { name: 'review', dependencies: ['db', 'realtime', 'auth', 'cases'], fastify: '5.x' },
)
