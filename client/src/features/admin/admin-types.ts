interface PreviewSide {
  departments: { id: string; name: string }[]
  unit: string | null
}

/** POST /api/departments/preview */
export interface RetagPreviewReply {
  total: number
  changed: number
  top_changed: number
  samples: { id: number; title: string; first_seen_at: string; before: PreviewSide; after: PreviewSide }[]
}
