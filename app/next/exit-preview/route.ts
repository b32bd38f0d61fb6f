import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { isPortalPath } from '@/lib/portal/preview'

/** Leaves draft mode and shows the published page again. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path')
  redirect(isPortalPath(path) ? path : '/')
}
