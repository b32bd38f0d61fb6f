import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { isStaffUser } from '@/access/staff'
import { payloadClient } from '@/lib/server/payload'
import { isPortalPath } from '@/lib/portal/preview'

/**
 * Live preview and "View draft": a logged-in member of staff (Payload's cookie) gets draft mode
 * and is sent to the portal page, which then reads the latest drafts with their access.
 */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path')
  if (!isPortalPath(path)) return new Response('Not a portal page', { status: 400 })
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) return new Response('Log in to the admin to preview drafts', { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
