import { Type, type Static } from 'typebox'

/** Whether the notice fixes an interval or the deployment chose it. */
const Origin = Type.Union([Type.Literal('notice'), Type.Literal('deployment')])

/** One policy profile as GET /api/policy shows it: what each interval is and who set it. */
export const PolicyProfile = Type.Object({
  id: Type.String(),
  name: Type.String(),
  in_force: Type.Boolean(),
  major_incident: Type.Object({ kinds: Type.Array(Type.String()), levels: Type.Array(Type.String()) }),
  intervals: Type.Array(
    Type.Object({
      kind: Type.String(),
      interval_ms: Type.Integer(),
      due_soon_ms: Type.Integer(),
      origin: Origin,
      basis: Type.String(),
      notice_quote: Type.String(),
    }),
  ),
  /** How far before its recording a claimed time still meets a deadline without the office vouching for it. */
  claim_tolerance: Type.Object({ interval_ms: Type.Integer(), origin: Origin, basis: Type.String() }),
  /** 预警推送: reminder and escalation delays, none fixed by the notice. */
  notify_intervals: Type.Array(Type.Object({ kind: Type.String(), interval_ms: Type.Integer(), origin: Origin, basis: Type.String() })),
})
export type PolicyProfile = Static<typeof PolicyProfile>

/** GET /api/policy, read-only. */
export const PolicyReply = Type.Object({ profiles: Type.Array(PolicyProfile) })
export type PolicyReply = Static<typeof PolicyReply>
