import net from 'node:net'

/**
 * A loopback port free at the time of asking. On its own (no vitest import) so the benches use
 * it too (bench/cluster-procs.ts, bench/server-memory.ts).
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
