import type { Event } from '@/payload-types'

/**
 * Whether an event takes sign-ups now: registration open, before its deadline and its start, and —
 * unless `anyMethod` (the page's "register" button for an external link too) — on this portal.
 */
export function acceptsRegistrations(
  event: Pick<Event, 'registration' | 'startsAt'>,
  now: number = Date.now(),
  anyMethod = false,
) {
  const registration = event.registration
  if (registration?.status !== 'open') return false
  if (!anyMethod && (registration.method ?? 'builtin') !== 'builtin') return false
  if (registration.deadline && new Date(registration.deadline).getTime() < now) return false
  return new Date(event.startsAt).getTime() > now
}
