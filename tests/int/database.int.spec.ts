import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, DatabaseUriError, DEFAULT_SQLITE_FILE } from '@/lib/database'
import { projectRoot } from '@/lib/paths'

const run = promisify(execFile)

describe('the database follows DATABASE_URI', () => {
  it('unset or empty: the embedded SQLite file data/portal.db', () => {
    for (const value of [undefined, '', '  ']) {
      expect(chooseDatabase(value)).toEqual({
        kind: 'sqlite',
        url: `file:${DEFAULT_SQLITE_FILE}`,
        file: DEFAULT_SQLITE_FILE,
      })
    }
    expect(DEFAULT_SQLITE_FILE).toBe(path.join(projectRoot, 'data', 'portal.db'))
  })

  it('file:… : SQLite at that path, relative to the project', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toMatchObject({ kind: 'sqlite', file: '/tmp/x.db', url: 'file:/tmp/x.db' })
    expect(chooseDatabase('file:./data/other.db')).toMatchObject({
      kind: 'sqlite',
      file: path.join(projectRoot, 'data', 'other.db'),
    })
  })

  it('mongodb:// and mongodb+srv:// : MongoDB', () => {
    expect(chooseDatabase('mongodb://localhost:27017/portal?replicaSet=rs0')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://localhost:27017/portal?replicaSet=rs0',
    })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster0.example.net/portal')).toMatchObject({ kind: 'mongodb' })
  })

  it('anything else is refused with a message naming the variable and the accepted forms', () => {
    for (const value of ['postgres://localhost/portal', 'mysql://x', 'portal.db', 'file:']) {
      expect(() => chooseDatabase(value)).toThrow(DatabaseUriError)
      expect(() => chooseDatabase(value)).toThrow(/DATABASE_URI.*mongodb:\/\/.*mongodb\+srv:\/\/.*file:/)
    }
  })

  it('a start with a bad DATABASE_URI exits with that one line', async () => {
    const result = await run('node', ['scripts/run.mjs', 'scripts/preflight.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URI: 'postgres://localhost/portal' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^DATABASE_URI="postgres:\/\/localhost\/portal" is not supported: use mongodb:\/\//)
  })

  it('a production start without PAYLOAD_SECRET stops with a clear message', async () => {
    // Empty, not unset: an empty variable also keeps a developer's .env from filling it in.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: '', PAYLOAD_SECRET: '' }
    const result = await run('node', ['scripts/run.mjs', 'scripts/preflight.ts', 'production'], {
      cwd: projectRoot,
      env,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
  })
})
