'use client'

import { PublishButton, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { type MouseEvent, useRef } from 'react'

import { adminT } from '@/i18n/admin/t'
import { completeField, locales } from '@/i18n/locales'

/**
 * Payload's Publish button, which first asks for confirmation when the English (or Chinese) of
 * the document is incomplete — as the last save recorded it (hooks/translations.ts).
 */
export function PublishWithCheck() {
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const say = adminT(useTranslation().t)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const confirmed = useRef(false)

  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as HTMLElement).closest('button')
    if (!button || !['action-save', 'publish-locale'].includes(button.id)) return
    if (confirmed.current || !collectionSlug || id == null) {
      confirmed.current = false
      return
    }
    event.preventDefault()
    event.stopPropagation()
    void (async () => {
      const response = await fetch(
        `${api}/${collectionSlug}/${id}?draft=true&depth=0&select[translationState]=true${locales.map((l) => `&select[${completeField(l)}]=true`).join('')}`,
        { credentials: 'include' },
      ).catch(() => undefined)
      const doc = (await response?.json().catch(() => undefined)) as
        (Record<string, boolean | undefined> & { translationState?: string }) | undefined
      const complete = !doc || locales.every((l) => doc[completeField(l)] !== false)
      const question = say('editor:confirmIncomplete', { state: doc?.translationState ?? '' })
      if (complete || window.confirm(question)) {
        confirmed.current = true
        button.click()
      }
    })()
  }

  // Globals have no completeness record: their button is Payload's own.
  if (globalSlug) return <PublishButton />
  return (
    <div onClickCapture={onClickCapture} style={{ display: 'contents' }}>
      <PublishButton />
    </div>
  )
}
