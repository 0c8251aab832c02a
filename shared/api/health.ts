import { Type, type Static } from 'typebox'

/** GET /api/health: public, for a load balancer or a monitor; `degraded` when the store cannot be read. */
export const HealthReply = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  now: Type.String(),
  build: Type.String(),
  uptime_s: Type.Number(),
  db: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
  sources: Type.Object({ total: Type.Integer(), ok: Type.Integer(), degraded: Type.Integer(), failing: Type.Integer() }),
})
export type HealthReply = Static<typeof HealthReply>
