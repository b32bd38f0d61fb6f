import type { Payload } from 'payload'

import { calendarFrom } from './workdays'

/** Working days an enquiry may wait for its first contact unless staff set another: what the portal promises. */
export const DEFAULT_REPLY_DAYS = 1

/**
 * What staff keep in the working calendar (globals/WorkingCalendar.ts): the special days, as a
 * calendar lib/workdays.ts counts with, and the bureau's reply commitment in working days.
 */
export async function workingCalendar(payload: Payload) {
  const global = await payload.findGlobal({ slug: 'working-calendar', depth: 0, overrideAccess: true })
  return { calendar: calendarFrom(global.days), replyDays: global.enquiryReplyDays ?? DEFAULT_REPLY_DAYS }
}
