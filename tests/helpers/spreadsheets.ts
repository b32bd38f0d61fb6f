import { rest } from './payload'

type Summary = {
  imported: number
  updated: number
  issues: number
  total: number
  issueDetails?: { row: number; error: string }[]
}

export type ImportOptions = {
  token: string
  lang?: 'zh' | 'en'
  mode?: 'create' | 'update' | 'upsert'
  collection?: string
}

/** A CSV file imported through the REST API the admin's import drawer uses (updates match by slug). */
export async function importCsv(csv: string, options: ImportOptions) {
  const form = new FormData()
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'policies.csv')
  form.set(
    '_payload',
    JSON.stringify({
      collectionSlug: options.collection ?? 'policies',
      importMode: options.mode ?? 'create',
      ...(options.mode && options.mode !== 'create' ? { matchField: 'slug' } : {}),
    }),
  )
  const response = await rest('POST', 'imports', { token: options.token, form, lang: options.lang })
  return { status: response.status, doc: response.json?.doc as { status: string; summary: Summary } | undefined }
}
