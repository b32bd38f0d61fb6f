/**
 * `node scripts/check-client-chunks.mjs`: fails when a built client chunk (.next/static) carries what
 * only the server may hold (issue 25): the portal's message catalogues (messages/*.json), the admin's
 * and the server's own text (i18n/admin/*.ts), or the code of a server-only package (the database
 * drivers, Payload's core, the mailer). Runs after each production build of the e2e suite
 * (scripts/e2e.mjs), so a form that starts importing a catalogue fails the run, not a Lighthouse
 * score weeks later. The error pages' few texts (`ErrorPage`) are in the browser on purpose:
 * app/global-error.tsx renders when the server cannot.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const root = path.resolve(import.meta.dirname, '..')
const chunksDir = path.join(root, '.next', 'static')

/** Namespaces of messages/*.json the browser may hold (see above). */
const CLIENT_NAMESPACES = new Set(['ErrorPage'])
/** Strings shorter than this are too common to say where they came from. */
const MIN_LENGTH = 24

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [path.join(dir, entry.name)]
        : [],
  )

const strings = (value, where, out) => {
  if (typeof value === 'string') {
    if (value.length >= MIN_LENGTH && !/[{}<]/.test(value)) out.push({ where, text: value })
  } else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) strings(child, `${where}.${key}`, out)
  return out
}

/** What must not reach the browser: `{ where, text }`, each text looked for as it is written in a chunk. */
const forbidden = []
for (const file of readdirSync(path.join(root, 'messages')).filter((name) => name.endsWith('.json'))) {
  const catalogue = JSON.parse(readFileSync(path.join(root, 'messages', file), 'utf8'))
  for (const [namespace, texts] of Object.entries(catalogue))
    if (!CLIENT_NAMESPACES.has(namespace)) strings(texts, `messages/${file}: ${namespace}`, forbidden)
}
for (const file of ['zh.ts', 'en.ts']) {
  const source = readFileSync(path.join(root, 'i18n', 'admin', file), 'utf8')
  for (const [, text] of source.matchAll(/'((?:[^'\\\n]|\\.){24,})'/g))
    if (!/[{}<]/.test(text)) forbidden.push({ where: `i18n/admin/${file}`, text: text.replace(/\\'/g, "'") })
}
// Code only a server package has (a phrase from its source, not a name a client might mention).
const SERVER_CODE = [
  { where: 'drizzle-orm', text: 'drizzle-orm/sqlite-core' },
  { where: '@libsql/client', text: 'LIBSQL_' },
  { where: 'pg', text: 'pg_hba.conf' },
  { where: 'nodemailer', text: 'nodemailer' },
  { where: 'payload (core)', text: 'PAYLOAD_SECRET' },
]

const chunks = files(chunksDir)
const found = []
let gzipped = 0
for (const chunk of chunks) {
  const code = readFileSync(chunk, 'utf8')
  gzipped += gzipSync(code).length
  // A chunk writes non-ASCII text as it is, or escaped (\uXXXX) by the minifier.
  const escaped = (text) => text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  for (const { where, text } of [...forbidden, ...SERVER_CODE]) {
    if (code.includes(text) || code.includes(escaped(text))) {
      found.push(`${path.relative(root, chunk)} (${statSync(chunk).size} B) holds ${where}: "${text.slice(0, 60)}"`)
      break
    }
  }
}
console.log(
  `[client chunks] ${chunks.length} chunks (${Math.round(gzipped / 1024)} KB gzipped in all) checked for ${forbidden.length} server texts and ${SERVER_CODE.length} server packages`,
)
if (found.length) {
  for (const line of found) console.error(`[client chunks] ${line}`)
  console.error(
    '[client chunks] FAILED: server-only text or code in the browser; import it from a server component instead',
  )
  process.exit(1)
}
