import { Writable } from 'node:stream'

import { type LoggerOptions, pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { portalLogger } from '@/lib/server/logger'
import { Refusal } from '@/lib/server/refusal'

/** Payload's logger with our options, writing JSON lines into an array. */
function capture() {
  const lines: { level: number; msg?: string; err?: { stack?: string } }[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number])
      done()
    },
  })
  return { logger: pino(portalLogger.options as LoggerOptions, sink), lines }
}

describe('logs', () => {
  it('a refusal or a client’s mistake is one info line without a stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: new Refusal('编辑只能保存草稿', 403) })
    logger.error({ err: Object.assign(new Error('The email or password provided is incorrect.'), { status: 401 }) })
    // GraphQL logs a wrapper whose original error has the status.
    logger.error({ err: Object.assign(new Error('Not allowed'), { originalError: { status: 403 } }) })
    expect(lines.map((line) => [line.level, line.msg, line.err])).toEqual([
      [30, '403 编辑只能保存草稿', undefined],
      [30, '401 The email or password provided is incorrect.', undefined],
      [30, '403 Not allowed', undefined],
    ])
  })

  it('a real fault stays at error, with its stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: new Error('database is locked') })
    logger.error({ err: Object.assign(new Error('boom'), { status: 500 }) })
    expect(lines.map((line) => line.level)).toEqual([50, 50])
    expect(lines[0]?.err?.stack).toContain('database is locked')
  })
})
