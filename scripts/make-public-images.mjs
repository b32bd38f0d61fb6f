/**
 * `node scripts/make-public-images.mjs`: draws the files in public/ that are pictures (favicons,
 * app icons, the default Open Graph image) with sharp. Their output is committed, so a build needs
 * neither this script nor fonts; run it again after changing the mark or the wording. The Open
 * Graph image sets Chinese text: install a CJK font first (Debian: fonts-noto-cjk).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

const out = path.resolve(import.meta.dirname, '..', 'public')

// The portal's mark: red tile, gold hills (the Gannan mountains), a pale sun.
const mark = (size, radius = 12) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64"><rect width="64" height="64" rx="${radius}" fill="#b91c1c"/><path d="M10 46 L24 26 L33 38 L41 28 L54 46Z" fill="#e0b04a"/><circle cx="45" cy="17" r="6" fill="#fde68a"/></svg>`

const png = (svg) => sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()

/** An .ico holding PNG images (every browser since IE 11 reads them). */
function ico(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)])
}

writeFileSync(path.join(out, 'favicon.svg'), mark(64))
writeFileSync(
  path.join(out, 'favicon.ico'),
  ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(mark(size)) })))),
)
writeFileSync(path.join(out, 'apple-touch-icon.png'), await png(mark(180, 0)))
for (const size of [192, 512]) writeFileSync(path.join(out, `icon-${size}.png`), await png(mark(size)))

const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#7f1d1d"/>
  <path d="M0 630 L260 330 L430 520 L600 300 L820 560 L980 380 L1200 630Z" fill="#991b1b"/>
  <path d="M0 630 L180 470 L360 600 L560 430 L760 610 L1000 480 L1200 630Z" fill="#b91c1c"/>
  <g transform="translate(96 96) scale(2)">${mark(64).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g>
  <text x="96" y="330" font-family="Noto Sans CJK SC, sans-serif" font-size="92" font-weight="700" fill="#ffffff">粤企入赣</text>
  <text x="96" y="410" font-family="Noto Sans CJK SC, sans-serif" font-size="44" fill="#fde68a">Invest Ganzhou · 赣州投资促进门户</text>
  <text x="96" y="470" font-family="Noto Sans CJK SC, sans-serif" font-size="30" fill="#fecaca">粤港澳大湾区 2 小时经济圈 · Inside the Greater Bay Area's two-hour circle</text>
</svg>`
writeFileSync(path.join(out, 'og-default.png'), await sharp(Buffer.from(og)).png({ compressionLevel: 9 }).toBuffer())

writeFileSync(
  path.join(out, 'site.webmanifest'),
  `${JSON.stringify(
    {
      name: '粤企入赣 · Invest Ganzhou',
      short_name: '粤企入赣',
      start_url: '/',
      display: 'browser',
      theme_color: '#b91c1c',
      background_color: '#ffffff',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      ],
    },
    null,
    2,
  )}\n`,
)
console.log(`wrote favicons, app icons, og-default.png and site.webmanifest to ${out}`)
