import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PolicyReply } from '@shared/api/policy.ts'
import { NOTICE_QUOTES } from '@shared/policy/notice-quotes.ts'
import { DEFAULT_PROFILE_ID, NOTIFY_INTERVAL_KINDS, POLICY_PROFILES } from '@shared/policy/profile.ts'
import { DEADLINE_KINDS } from '@shared/types/case.ts'
import { allow, STAFF } from '../auth/index.ts'

/** The policy profiles, read-only: what each interval is and whether the notice or the deployment set it. */
export const policyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/policy', { ...allow(STAFF), schema: { response: { 200: PolicyReply } } }, async () => ({
    profiles: Object.values(POLICY_PROFILES).map((p) => ({
      id: p.id,
      name: p.name,
      in_force: p.id === DEFAULT_PROFILE_ID,
      major_incident: { kinds: [...p.majorIncident.kinds], levels: [...p.majorIncident.levels] },
      intervals: DEADLINE_KINDS.map((kind) => ({
        kind,
        interval_ms: p.intervals[kind].ms,
        due_soon_ms: p.dueSoonMs[kind],
        origin: p.intervals[kind].origin,
        basis: p.intervals[kind].basis,
        notice_quote: NOTICE_QUOTES[kind],
      })),
      claim_tolerance: { interval_ms: p.claimTolerance.ms, origin: p.claimTolerance.origin, basis: p.claimTolerance.basis },
      notify_intervals: NOTIFY_INTERVAL_KINDS.map((kind) => ({ kind, interval_ms: p.notify[kind].ms, origin: p.notify[kind].origin, basis: p.notify[kind].basis })),
    })),
  }))
}
