/**
 * The cluster concern's public module: what several server processes share (YQ_REDIS_URL, or PostgreSQL alone): the
 * Redis connection, leases (a source polled by one process at a time, one notification
 * dispatcher), and announcements of changed in-memory state. Owns the leases table (a source's poll
 * lease is a column pair on ingest's sources, written by ingest: server/ingest/source-leases.ts).
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { heldByDeadProcessHere, leaseUntil, releaseLease, releaseLeasesOfDeadProcesses, takeLease, type LeaseClock } from './leases.ts'
export { openRedis } from './redis.ts'
export type { ClusterReason, ClusterTopic, ClusterTopics } from './topics.ts'
export type { Cluster } from './plugin.ts'
