/**
 * messages/zh-hant.json from messages/zh.json: the portal's UI text in Traditional Chinese (Hong Kong
 * glyphs and vocabulary: lib/schema/traditional.ts), with the few strings that must differ by meaning set in OVERRIDES.
 * Run after changing zh.json: `node scripts/make-hant-messages.mjs` (the test suite checks it is current).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// The conversion content gets (Hong Kong glyphs, then Hong Kong words), from the one place it is written.
import { toTraditional as convert } from '../lib/schema/traditional.ts'

const root = path.resolve(import.meta.dirname, '..')

/** Keys (dot paths) whose Traditional text is not the conversion of the Simplified one. */
const OVERRIDES = {
  'LanguageSwitcher.here': '切換到繁體中文',
  'Common.chineseOnly': '僅有簡體中文',
}

export function hantMessages(zh) {
  const walk = (node, at) =>
    typeof node === 'string'
      ? (OVERRIDES[at] ?? convert(node))
      : Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, at ? `${at}.${key}` : key)]))
  return walk(zh, '')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const zh = JSON.parse(readFileSync(path.join(root, 'messages/zh.json'), 'utf8'))
  writeFileSync(path.join(root, 'messages/zh-hant.json'), `${JSON.stringify(hantMessages(zh), null, 2)}\n`)
  console.log('messages/zh-hant.json written')
}
