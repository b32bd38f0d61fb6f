/**
 * Server actions at the edge (server.mjs): which action ids exist and on which pages, and the
 * request state that tells a client's mistake from a fault. Next.js answers a forged action request
 * (an unknown id, a body React cannot decode, a reference to a part that is not there) with a 500
 * before any action code runs; Payload's admin functions answer a wrong name with a 500 too. The
 * server runs each such request inside `actionState`, the actions mark when they start
 * (`actionEntered`) or refuse (`actionRefused`), and a 500 that came before either is answered as
 * the client's mistake (400). A fault inside an action stays a 500.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const KEY = Symbol.for('portal.actionState')

/** @returns {AsyncLocalStorage<{ entered: boolean, refused: boolean }>} */
export function actionState() {
  return (globalThis[KEY] ??= new AsyncLocalStorage())
}

/** Called first thing by every server action of the app (portal forms, the admin's server function). */
export function actionEntered() {
  const store = actionState().getStore()
  if (store) store.entered = true
}

/** An action that refuses its arguments as the client's mistake, before throwing. */
export function actionRefused() {
  const store = actionState().getStore()
  if (store) store.refused = true
}

/** The URL pattern of a route file (`app/(frontend)/[locale]/events/[slug]/page` → /x/events/y). */
export function routePattern(worker) {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
  let source = ''
  for (const segment of segments) {
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) source += '(?:/.*)?'
    else if (/^\[\.\.\..+\]$/.test(segment)) source += '/.+'
    else if (/^\[.+\]$/.test(segment)) source += '/[^/]+'
    else source += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`
  }
  return new RegExp(`^${source || '/'}/?$`)
}

/**
 * The build's server actions: id → the URL patterns of the pages that can run it
 * (.next/server/server-reference-manifest.json). Empty when there is no build.
 * @returns {Map<string, RegExp[]>}
 */
export function loadActions(root) {
  const actions = new Map()
  try {
    const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'))
    for (const [id, entry] of Object.entries(manifest.node ?? {})) {
      actions.set(id, Object.keys(entry.workers ?? {}).map(routePattern))
    }
  } catch {
    // No manifest: every id is unknown, and the 500 mapping still holds.
  }
  return actions
}

/** Whether the action `id` exists and runs on `pathname`. */
export function actionRunsAt(actions, id, pathname) {
  const patterns = actions.get(id)
  return Boolean(patterns?.some((pattern) => pattern.test(pathname)))
}
