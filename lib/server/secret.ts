import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from './paths'

export const MISSING_SECRET_MESSAGE =
  'PAYLOAD_SECRET is not set. Production needs a long random secret: set PAYLOAD_SECRET in the environment or in .env (e.g. `openssl rand -hex 32`).'

/**
 * The secret that signs sessions. Production refuses to start without one; development makes one
 * the first time and keeps it in the gitignored .env, so logins survive restarts.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (process.env.NODE_ENV === 'production') throw new Error(MISSING_SECRET_MESSAGE)

  const envFile = path.join(projectRoot, '.env')
  const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
  const kept = /^PAYLOAD_SECRET=(.+)$/m.exec(existing)?.[1]?.trim()
  const secret = kept || randomBytes(32).toString('hex')
  if (!kept) {
    const separator = existing && !existing.endsWith('\n') ? '\n' : ''
    appendFileSync(
      envFile,
      `${separator}# Generated for development on first start; keep it out of git.\nPAYLOAD_SECRET=${secret}\n`,
    )
    console.info('Generated a development PAYLOAD_SECRET in .env')
  }
  process.env.PAYLOAD_SECRET = secret
  return secret
}
