import type { FastifyBaseLogger } from 'fastify'

export interface PeriodicPassOptions<T> {
  everyMs: number
  log: Pick<FastifyBaseLogger, 'error'>
  /** The log message of a pass that failed. */
  failure: string
  /** What a failed pass answers. */
  fallback: T
}

/**
 * A pass run at start and every `everyMs` until stopped, one at a time: a call while a pass is under
 * way shares it, and a pass that throws is logged and answers `fallback`, so one bad pass neither
 * stops the timer nor becomes an unhandled rejection. The notification dispatcher, the reminders and
 * the deadline scheduler each run their pass on one (it was written out three times).
 */
export class PeriodicPass<T> {
  private timer: ReturnType<typeof setInterval> | null = null
  private running: Promise<T> | null = null

  constructor(
    private readonly pass: () => Promise<T>,
    private readonly opts: PeriodicPassOptions<T>,
  ) {}

  start(): void {
    if (this.timer) return
    void this.run()
    this.timer = setInterval(() => void this.run(), this.opts.everyMs)
  }

  /** Stops the timer and waits for the pass under way, if any. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.running
  }

  /** One pass now, or the one under way. */
  run(): Promise<T> {
    this.running ??= this.pass()
      .catch((err: unknown) => {
        this.opts.log.error({ err }, this.opts.failure)
        return this.opts.fallback
      })
      .finally(() => {
        this.running = null
      })
    return this.running
  }
}
