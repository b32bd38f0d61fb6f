import { execFile, execFileSync } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, DatabaseUriError, DEFAULT_SQLITE_FILE } from '@/lib/server/database'
import { standaloneMongoProblem } from '@/lib/server/databaseChoice'
import { unsupportedNodeMessage } from '@/lib/server/nodeVersion'
import { projectRoot } from '@/lib/server/paths'

const run = promisify(execFile)
/** `tsx scripts/preflight.ts …` as the npm scripts start it, on the given Node binary. */
const preflight = (args: string[], env: NodeJS.ProcessEnv, node = process.execPath) =>
  run(node, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/preflight.ts', ...args], {
    cwd: projectRoot,
    env,
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  )

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

  it('postgres:// and postgresql:// : PostgreSQL, with the read replicas DATABASE_READ_URIS names', () => {
    for (const url of ['postgres://u:p@db.example:5432/portal', 'postgresql://db.example/portal?sslmode=require']) {
      expect(chooseDatabase(url, '')).toEqual({ kind: 'postgres', url, readReplicas: [] })
    }
    expect(chooseDatabase('postgres://primary/portal', ' postgres://r1/portal , postgresql://r2/portal,,')).toEqual({
      kind: 'postgres',
      url: 'postgres://primary/portal',
      readReplicas: ['postgres://r1/portal', 'postgresql://r2/portal'],
    })
    expect(() => chooseDatabase('postgres://primary/portal', 'postgres://r1/portal,mysql://r2')).toThrow(
      DatabaseUriError,
    )
  })

  it('anything else is refused with a message naming the variable and the accepted forms', () => {
    for (const value of ['postgres://', 'mysql://x', 'portal.db', 'file:', 'postgres:/x']) {
      expect(() => chooseDatabase(value)).toThrow(DatabaseUriError)
      expect(() => chooseDatabase(value)).toThrow(
        /DATABASE_URI.*postgres:\/\/.*postgresql:\/\/.*mongodb:\/\/.*mongodb\+srv:\/\/.*file:/,
      )
    }
  })

  it('a start with a bad DATABASE_URI exits with that one line', async () => {
    const result = await preflight([], {
      ...process.env,
      DATABASE_URI: 'mysql://localhost/portal',
    })
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^DATABASE_URI="mysql:\/\/localhost\/portal" is not supported: use postgres:\/\//)
  })

  it('a production start without PAYLOAD_SECRET stops with a clear message', async () => {
    // Empty, not unset: an empty variable also keeps a developer's .env from filling it in.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: '', PAYLOAD_SECRET: '' }
    const result = await preflight(['production'], env)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
  })
})

describe('MongoDB in production needs a replica set (transactions)', () => {
  const production = { NODE_ENV: 'production' }
  const mongo = (url: string) => chooseDatabase(url)

  it('a mongodb:// URI without replicaSet is refused in production, with what to do', () => {
    const problem = standaloneMongoProblem(mongo('mongodb://db.internal:27017/portal'), production)
    expect(problem).toMatch(/without a replica set.*transactions.*replicaSet=.*MONGODB_ALLOW_STANDALONE=true/)
  })

  it('a replica set named in the URI, or Atlas (mongodb+srv://), is accepted', () => {
    expect(standaloneMongoProblem(mongo('mongodb://a:27017,b:27017/portal?replicaSet=rs0'), production)).toBeNull()
    expect(standaloneMongoProblem(mongo('mongodb+srv://u:p@cluster0.example.net/portal'), production)).toBeNull()
  })

  it('on connect, what the driver found decides: no replica set is refused even if the URI looked right', () => {
    expect(standaloneMongoProblem(mongo('mongodb+srv://u:p@c.example.net/portal'), production, null)).toMatch(
      /without a replica set/,
    )
    expect(standaloneMongoProblem(mongo('mongodb://db:27017/portal'), production, 'rs0')).toBeNull()
  })

  it('outside production, with the explicit override, and on SQLite: no objection', () => {
    const standalone = mongo('mongodb://db.internal:27017/portal')
    expect(standaloneMongoProblem(standalone, { NODE_ENV: 'development' })).toBeNull()
    expect(standaloneMongoProblem(standalone, { ...production, MONGODB_ALLOW_STANDALONE: 'true' })).toBeNull()
    expect(standaloneMongoProblem(chooseDatabase('file:/tmp/x.db'), production)).toBeNull()
  })

  it('a production start on such a URI stops before Payload loads, with that one line', async () => {
    const result = await preflight(['production'], {
      ...process.env,
      DATABASE_URI: 'mongodb://127.0.0.1:9/portal',
      PAYLOAD_SECRET: 'x',
    })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^DATABASE_URI names a MongoDB without a replica set/)
  })
})

describe('the Node.js version', () => {
  it('the scripts run on Node 22.12 or later (npm puts the project’s Node 24 first on the PATH)', () => {
    expect(unsupportedNodeMessage()).toBeUndefined()
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true)
  })

  it('an older Node is named with what to do instead', () => {
    expect(unsupportedNodeMessage('20.20.2')).toMatch(/^Node\.js 20\.20\.2 is too old .* 22\.12 or later .*npm run/)
    expect(unsupportedNodeMessage('22.11.0')).toMatch(/too old/)
    expect(unsupportedNodeMessage('22.12.0')).toBeUndefined()
    expect(unsupportedNodeMessage('24.21.0')).toBeUndefined()
  })

  // A real start on the machine's own Node, where that is too old (as the system Node 20 here and in CI).
  const systemNode = '/usr/bin/node'
  const systemVersion = (() => {
    try {
      return execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '')
    } catch {
      return undefined
    }
  })()
  const tooOld = systemVersion !== undefined && unsupportedNodeMessage(systemVersion) !== undefined
  if (!tooOld)
    console.info(
      `[node version] no Node older than 22.12 at ${systemNode} (found ${systemVersion ?? 'none'}): start on it not tried`,
    )
  it.skipIf(!tooOld)(`a start on ${systemNode} (Node ${systemVersion}) stops with that message`, async () => {
    const result = await preflight([], process.env, systemNode)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`Node.js ${systemVersion} is too old for this project`)
  })
})

describe('SQLite', () => {
  it('runs in WAL mode with a busy timeout, so readers never block the writer', async () => {
    const { getTestPayload } = await import('../helpers/payload')
    const payload = await getTestPayload()
    if (payload.db.name !== 'sqlite') {
      console.info('[sqlite] this project runs on MongoDB: WAL check not applicable')
      return
    }
    const client = (
      payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }
    ).client
    expect((await client.execute('PRAGMA journal_mode')).rows[0]?.journal_mode).toBe('wal')
    expect(Number(Object.values((await client.execute('PRAGMA busy_timeout')).rows[0] ?? {})[0])).toBe(5000)
  })
})
