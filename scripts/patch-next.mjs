/**
 * Run after `npm install` (package.json `postinstall`, after patch-package). Next.js 16.4.6 measures
 * every entry it puts in its cache with `JSON.stringify(entry).length`, but uses the number only for
 * data-cache entries (fetch, unstable_cache: a 2 MB limit). A page entry holds its RSC payload as
 * Buffers, which JSON writes as arrays of numbers: a 100 KB page costs a 400 KB string on every
 * render that is cached — about 9% of the server's time on searches never asked before (profiled
 * with --cpu-prof). Here the measuring is done for data-cache entries only; nothing else changes.
 * The bundles are minified one-liners, so this is a checked string replacement rather than a
 * patch-package diff: it fails loudly when a Next.js upgrade changes the code, and does nothing
 * when it has run already.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const next = path.resolve(import.meta.dirname, '..', 'node_modules', 'next', 'dist')
const edits = [
  {
    files: ['server/lib/incremental-cache/index.js', 'esm/server/lib/incremental-cache/index.js'],
    from: 'const itemSize = JSON.stringify(data).length;',
    to: 'const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;',
  },
  {
    files: [
      'app-page',
      'app-page-experimental',
      'app-page-turbo',
      'app-page-turbo-experimental',
      'app-route',
      'app-route-experimental',
      'app-route-turbo',
      'app-route-turbo-experimental',
    ].map((name) => `compiled/next-server/${name}.runtime.prod.js`),
    from: 'let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152',
    to: 'let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152',
  },
]

let changed = 0
for (const { files, from, to } of edits) {
  for (const file of files) {
    const full = path.join(next, file)
    const text = readFileSync(full, 'utf8')
    if (text.includes(to)) continue
    if (text.split(from).length !== 2) throw new Error(`patch-next: the code to change is not in ${file} once`)
    writeFileSync(full, text.replace(from, to))
    changed++
  }
}
console.log(`patch-next: ${changed} file(s) changed`)
