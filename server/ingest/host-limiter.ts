/** Counts polls under way per host, so one site gets at most `perHost` at a time. */
export class HostLimiter {
  private readonly active = new Map<string, number>()

  constructor(private readonly perHost: number) {}

  static hostOf(url: string): string {
    try {
      return new URL(url).host.toLowerCase()
    } catch {
      return url
    }
  }

  isFull(host: string): boolean {
    return (this.active.get(host) ?? 0) >= this.perHost
  }

  /** Polls under way on `host` now. */
  activeOn(host: string): number {
    return this.active.get(host) ?? 0
  }

  acquire(host: string): () => void {
    this.active.set(host, (this.active.get(host) ?? 0) + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      const left = (this.active.get(host) ?? 1) - 1
      if (left <= 0) this.active.delete(host)
      else this.active.set(host, left)
    }
  }
}
