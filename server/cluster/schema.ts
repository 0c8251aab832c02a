declare module '../db/schema.ts' {
  /** A job only one process may run at a time (the notification loop): who holds it, until when. */
  interface LeaseRow {
    name: string
    holder: string
    expires_at: string
  }
  interface Database {
    leases: LeaseRow
  }
}

export {}
