import type { OwnerType } from '@shared/notify/owners.ts'

// The wire shapes (channel, delivery, rule set, test result) are shared/api/notify.ts's schemas,
// the same the server's routes validate and serialize with.
export type { Delivery, DeliveryStatus, NotifyChannel, NotifyRules, TestResult } from '@shared/api/notify.ts'
export { DELIVERY_STATUSES } from '@shared/notify/channels.ts'
export type { OwnerType }

/** Who a channel or a rule set belongs to. */
export interface Owner {
  type: OwnerType
  id: string
}

export type { CaseReach } from '@shared/types/case.ts'
