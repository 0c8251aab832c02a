import { formatCountdown, type Countdown, type CountdownInput, type CountdownLabels } from '@shared/format/countdown.ts'
import { t } from '../i18n/messages.ts'

/** The words around a countdown's digits, from the message table: one place for the wall, the case page and the index. */
export function countdownLabels(): CountdownLabels {
  return {
    remaining: t('countdown.remaining'),
    dueSoon: t('countdown.dueSoon'),
    overdue: t('countdown.overdue'),
    met: t('countdown.met'),
    late: t('countdown.late'),
    day: t('countdown.day'),
  }
}

/** A deadline's state and label at `now` (server-corrected), derived afresh on every tick, never decremented. */
export function deadlineCountdown(d: CountdownInput, now: Date, labels: CountdownLabels = countdownLabels()): Countdown {
  return formatCountdown(d, now, labels)
}
