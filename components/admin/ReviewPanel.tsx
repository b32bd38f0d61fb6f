'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { canPublish } from '@/access/content'
import { adminT } from '@/i18n/admin/t'
import { beijingTime } from '@/i18n/locales'
import { adminPaths, isGlobalTarget, isReviewTarget } from '@/lib/review/targets'
import type { ReviewRequest, User } from '@/payload-types'

type Latest = ReviewRequest & { compare?: string }

/**
 * In the edit sidebar of every content document and global: where its review stands, and what
 * the member of staff can do about it. Editors send the saved draft for review with a note;
 * a reviewer sends a waiting one back with a note, or publishes it (Payload's Publish button,
 * which closes the request: lib/review/requests.ts). The rules are the collection's access and
 * hooks; this panel only asks.
 */
export function ReviewPanel() {
  const { id, collectionSlug, globalSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { user } = useAuth<User>()
  const modified = useFormModified()
  const say = adminT(useTranslation().t)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const target = globalSlug ?? collectionSlug
  const [latest, setLatest] = useState<Latest | null | undefined>(undefined)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  // Read again after a publish (it closes the request: no unpublished versions left) and after each
  // decision made here; not after every autosave.
  const [asked, setAsked] = useState(0)
  useEffect(() => {
    let current = true
    void fetchLatest(api, target, globalSlug ? undefined : id).then((found) => {
      if (current) setLatest(found)
    })
    return () => {
      current = false
    }
  }, [api, globalSlug, id, target, hasPublishedDoc, unpublishedVersionCount, asked])

  if (!isReviewTarget(target) || (!globalSlug && id == null) || latest === undefined) return null
  const publisher = canPublish(user)
  const someone = say('review:someone')

  const send = async (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => {
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`${api}/review-requests${path}`, {
        method,
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => undefined)) as
          { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | undefined
        const first = answer?.errors?.[0]
        setError(say('review:failed', { message: first?.data?.errors?.[0]?.message ?? first?.message ?? '' }))
        return
      }
      setNote('')
      setAsked((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  const state = latest?.state
  const waiting = state === 'waiting'
  return (
    <section aria-label={say('review:panel')} style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 calc(var(--base) * 0.3)' }}>{say('review:panel')}</h4>
      <p role="status" style={{ margin: 0 }}>
        {!latest || state === 'replaced' || state === 'withdrawn'
          ? say('review:none')
          : state === 'waiting'
            ? say('review:waitingSince', {
                name: latest.submittedByName || someone,
                time: beijingTime(latest.submittedAt ?? latest.createdAt),
              })
            : state === 'sentBack'
              ? say('review:sentBackBy', {
                  name: latest.decidedByName || someone,
                  time: beijingTime(latest.decidedAt ?? latest.updatedAt),
                })
              : say('review:publishedBy', {
                  name: latest.decidedByName || someone,
                  time: beijingTime(latest.decidedAt ?? latest.updatedAt),
                })}
      </p>
      {latest?.note && waiting && <blockquote style={{ margin: '0.3em 0' }}>{latest.note}</blockquote>}
      {state === 'sentBack' && latest?.decisionNote && (
        <blockquote style={{ margin: '0.3em 0', fontWeight: 600 }}>{latest.decisionNote}</blockquote>
      )}
      {waiting && latest?.compare && (
        <p style={{ margin: '0.3em 0' }}>
          <a href={latest.compare} target="_blank" rel="noopener">
            {say('review:compare')}
          </a>
        </p>
      )}
      {!waiting && !publisher && (
        <div style={{ display: 'grid', gap: 4 }}>
          <label style={{ display: 'grid', gap: 4 }}>
            {say('review:submitNote')}
            <textarea value={note} maxLength={2000} rows={2} onChange={(event) => setNote(event.target.value)} />
          </label>
          <Button
            type="button"
            buttonStyle="secondary"
            size="small"
            disabled={busy || modified}
            onClick={() => void send('POST', '', { target, documentId: globalSlug ? undefined : String(id), note })}
          >
            {say('review:submit')}
          </Button>
          {modified && <p style={{ margin: 0 }}>{say('review:saving')}</p>}
        </div>
      )}
      {waiting && publisher && (
        <div style={{ display: 'grid', gap: 4 }}>
          <p style={{ margin: '0.3em 0' }}>{say('review:publishHint')}</p>
          <label style={{ display: 'grid', gap: 4 }}>
            {say('review:sendBackNote')}
            <textarea
              value={note}
              aria-required="true"
              maxLength={2000}
              rows={2}
              onChange={(event) => setNote(event.target.value)}
            />
          </label>
          <Button
            type="button"
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => void send('PATCH', `/${latest!.id}`, { state: 'sentBack', decisionNote: note })}
          >
            {say('review:sendBack')}
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      )}
    </section>
  )
}

/** The document's newest review request, with the comparison link while it waits; null when none. */
async function fetchLatest(api: string, target: string | undefined, id: number | string | undefined) {
  if (!isReviewTarget(target) || (!isGlobalTarget(target) && id == null)) return undefined
  const where = new URLSearchParams({ 'where[target][equals]': target, sort: '-submittedAt', limit: '1', depth: '0' })
  if (!isGlobalTarget(target)) where.set('where[documentId][equals]', String(id))
  const response = await fetch(`${api}/review-requests?${where}`, { credentials: 'include' }).catch(() => undefined)
  const found = ((await response?.json().catch(() => undefined)) as { docs?: ReviewRequest[] } | undefined)?.docs?.[0]
  if (!found) return null
  const compare =
    found.state === 'waiting'
      ? await comparePath(api, target, isGlobalTarget(target) ? undefined : String(id))
      : undefined
  return { ...found, compare }
}

/** The newest draft beside the published version, in Payload's versions view. */
async function comparePath(api: string, target: string, documentId: string | undefined) {
  if (!isReviewTarget(target)) return undefined
  const base = documentId ? `${api}/${target}/versions` : `${api}/globals/${target}/versions`
  const query = (published: boolean) => {
    const params = new URLSearchParams({ sort: '-updatedAt', limit: '1', depth: '0' })
    if (documentId) params.set('where[parent][equals]', documentId)
    if (published) params.set('where[version._status][equals]', 'published')
    return fetch(`${base}?${params}`, { credentials: 'include' })
      .then((response) => response.json() as Promise<{ docs?: { id: number | string }[] }>)
      .then((answer) => answer.docs?.[0]?.id)
      .catch(() => undefined)
  }
  const [newest, published] = await Promise.all([query(false), query(true)])
  if (newest == null) return undefined
  return adminPaths(target, documentId).compare(String(newest), published != null ? String(published) : undefined)
}
