/**
 * Where the pieces of the cluster test across hosts (../hosts.mjs) live: their addresses and
 * namespaces on one bridge, their ports, the run's folder, and making and removing the network.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { postgresBin } from '../../../scripts/lib/postgres.mjs'
import { which } from '../lib.mjs'

export const root = path.resolve(import.meta.dirname, '..', '..', '..')
export const NET = '10.213.77'
export const BRIDGE = 'portalbr0'
export const HOSTS = {
  primary: { address: `${NET}.2`, netns: 'portal-primary' },
  replica: { address: `${NET}.3`, netns: 'portal-replica' },
  A: { address: `${NET}.11`, netns: 'portal-app-a' },
  B: { address: `${NET}.12`, netns: 'portal-app-b' },
}
export const PORTS = { postgres: 5432, app: 3000, redis: 6391, https: 9443, http: 9080 }
export const results = {}
export const log = (line) => console.log(`[hosts] ${line}`)

const missing = [
  process.getuid?.() !== 0 && 'root (network namespaces)',
  !which('ip') && 'iproute2',
  !postgresBin() && 'PostgreSQL server binaries (apt-get install postgresql)',
  !which('nginx') && 'nginx',
  !which('redis-server') && 'redis-server',
].filter(Boolean)
export const skip = missing.length ? `SKIPPED: needs ${missing.join(', ')}` : false

export const work = skip ? '' : mkdtempSync(path.join(tmpdir(), 'portal-hosts-'))
export const databaseUri = (host) => `postgres://postgres@${HOSTS[host].address}:${PORTS.postgres}/portal`

// --- Hosts: namespaces on one bridge ------------------------------------------------------------
const ip = (...args) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] })
export const inHost = (host, command, args) => ['ip', ['netns', 'exec', HOSTS[host].netns, command, ...args]]

export function removeNetwork() {
  for (const { netns } of Object.values(HOSTS)) {
    // Whatever still runs in a namespace goes with it (a namespace outlives its processes otherwise).
    const pids = spawnSync('ip', ['netns', 'pids', netns], { encoding: 'utf8' }).stdout?.trim().split(/\s+/) ?? []
    for (const pid of pids.filter(Boolean)) spawnSync('kill', ['-9', pid])
    spawnSync('ip', ['netns', 'del', netns])
  }
  spawnSync('ip', ['link', 'del', BRIDGE])
}

export function makeNetwork() {
  removeNetwork() // what a run that was killed may have left
  ip('link', 'add', BRIDGE, 'type', 'bridge')
  ip('addr', 'add', `${NET}.1/24`, 'dev', BRIDGE)
  ip('link', 'set', BRIDGE, 'up')
  for (const [name, { address, netns }] of Object.entries(HOSTS)) {
    const outside = `pv-${name.toLowerCase()}`.slice(0, 15)
    ip('netns', 'add', netns)
    ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', netns)
    ip('link', 'set', outside, 'master', BRIDGE, 'up')
    ip('netns', 'exec', netns, 'ip', 'addr', 'add', `${address}/24`, 'dev', 'eth0')
    ip('netns', 'exec', netns, 'ip', 'link', 'set', 'eth0', 'up')
    ip('netns', 'exec', netns, 'ip', 'link', 'set', 'lo', 'up')
  }
}

/** Cuts a host off the network (its interface down: packets go nowhere, nothing is refused), or back. */
export const setLink = (host, state) => ip('netns', 'exec', HOSTS[host].netns, 'ip', 'link', 'set', 'eth0', state)
