/**
 * `node scripts/together.mjs lint typecheck`: runs the named npm scripts at the same time. npm test
 * checks style beside types (each is one process on one core; the machine has two). The two
 * cluster tests were tried side by side too (125 s instead of 180 s), but a publish then took up to
 * 2.8 s to show through nginx against a limit of 5 s: they run one after the other. Each line a script prints is
 * passed on whole, after its name; exits with the first failure's code once all have ended.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: node scripts/together.mjs <npm script> [<npm script> …]')
  process.exit(2)
}
const width = Math.max(...names.map((name) => name.length))

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now()
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] })
      const prefix = `${name.padEnd(width)} │ `
      for (const stream of [child.stdout, child.stderr])
        createInterface({ input: stream }).on('line', (line) => console.log(prefix + line))
      child.on('close', (code, signal) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1)
        console.log(`${prefix}${code === 0 ? 'passed' : `FAILED (${signal ?? code})`} in ${seconds} s`)
        resolve(code ?? 1)
      })
    }),
)
const codes = await Promise.all(runs)
process.exit(codes.find((code) => code !== 0) ?? 0)
