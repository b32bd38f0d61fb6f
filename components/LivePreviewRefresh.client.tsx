'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live preview: when the edit screen saves (autosave included), Payload posts
 * a `payload-document-event` to this frame; the page re-renders with the new draft.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return
      const data = typeof event.data === 'string' ? safeParse(event.data) : event.data
      if (data && typeof data === 'object' && (data as { type?: string }).type === 'payload-document-event') {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
