import sharp from 'sharp'

/**
 * Demo images made on the spot (nothing is downloaded): deliberate geometric covers in the
 * portal's red-and-gold palette. `motif` picks the drawing, `variant` shifts it.
 */
export type Motif = 'hills' | 'rails' | 'port' | 'grid' | 'drone' | 'people' | 'river'

const palettes = [
  ['#7f1d1d', '#b91c1c', '#e0b04a', '#fde68a'],
  ['#1e293b', '#334155', '#c9962b', '#f1f5f9'],
  ['#991b1b', '#c2410c', '#f59e0b', '#fef3c7'],
  ['#0f172a', '#7f1d1d', '#e0b04a', '#fee2e2'],
] as const

function drawing(motif: Motif, variant: number, [, mid, accent, light]: readonly string[]): string {
  const v = variant * 37
  switch (motif) {
    case 'hills':
      return `<path d="M0 700 L${300 + v} ${420 - v / 3} L${620 + v} 640 L${980 - v} ${360 + v / 4} L1600 660 L1600 900 L0 900Z" fill="${mid}"/>
        <path d="M0 800 L${420 - v} 560 L${860 + v} 760 L${1240 - v} 520 L1600 780 L1600 900 L0 900Z" fill="${accent}" opacity=".85"/>
        <circle cx="${1260 - v}" cy="220" r="90" fill="${light}" opacity=".9"/>`
    case 'rails':
      return `<g stroke="${accent}" stroke-width="14" fill="none">
        <path d="M-50 ${760 - v / 2} C 500 ${620 - v}, 900 ${420 + v / 2}, 1650 ${260 + v / 3}"/>
        <path d="M-50 ${820 - v / 2} C 500 ${690 - v}, 900 ${490 + v / 2}, 1650 ${330 + v / 3}" stroke="${light}" stroke-width="8"/></g>
        <g fill="${mid}">${Array.from({ length: 9 }, (_, i) => `<rect x="${120 + i * 160}" y="${560 - i * 45}" width="36" height="120" rx="6" opacity=".7"/>`).join('')}</g>`
    case 'port':
      return `${Array.from({ length: 5 }, (_, row) =>
        Array.from(
          { length: 8 },
          (_, col) =>
            `<rect x="${180 + col * 150}" y="${360 + row * 90}" width="140" height="80" rx="4" fill="${[mid, accent, light][(row + col + variant) % 3]}" opacity=".9"/>`,
        ).join(''),
      ).join(
        '',
      )}<rect x="120" y="300" width="12" height="520" fill="${light}"/><rect x="120" y="300" width="620" height="14" fill="${light}"/>`
    case 'grid':
      return `${Array.from({ length: 6 }, (_, row) =>
        Array.from(
          { length: 10 },
          (_, col) =>
            `<circle cx="${140 + col * 146}" cy="${160 + row * 120}" r="${(((row * 10 + col + variant) * 7) % 30) + 12}" fill="${(row + col + variant) % 4 === 0 ? accent : mid}" opacity=".85"/>`,
        ).join(''),
      ).join('')}`
    case 'drone':
      return `<g fill="none" stroke="${light}" stroke-width="10">
        <circle cx="${620 + v}" cy="380" r="110"/><circle cx="${980 + v}" cy="380" r="110"/>
        <circle cx="${620 + v}" cy="620" r="110"/><circle cx="${980 + v}" cy="620" r="110"/></g>
        <rect x="${700 + v}" y="440" width="200" height="120" rx="28" fill="${accent}"/>
        <path d="M0 820 Q 800 ${700 - v} 1600 820 L1600 900 L0 900Z" fill="${mid}"/>`
    case 'people':
      return `${Array.from(
        { length: 7 },
        (_, i) =>
          `<circle cx="${220 + i * 190}" cy="${430 - (i % 2) * 40}" r="60" fill="${i % 3 === variant % 3 ? accent : light}"/>
         <rect x="${160 + i * 190}" y="${510 - (i % 2) * 40}" width="120" height="260" rx="60" fill="${i % 3 === variant % 3 ? accent : mid}"/>`,
      ).join('')}`
    case 'river':
      return `<path d="M0 ${520 + v / 3} C 400 ${420 - v / 2}, 700 ${720 + v / 3}, 1100 ${560 - v / 3} S 1500 ${460 + v / 4}, 1600 500 L1600 900 L0 900Z" fill="${mid}"/>
        <path d="M0 ${640 + v / 3} C 420 ${560 - v / 2}, 760 ${820 + v / 3}, 1150 ${680 - v / 3} S 1500 ${600 + v / 4}, 1600 640" stroke="${accent}" stroke-width="18" fill="none"/>
        <circle cx="${300 + v}" cy="220" r="70" fill="${light}"/>`
  }
}

export async function coverImage(motif: Motif, variant = 0): Promise<Buffer> {
  const palette = palettes[variant % palettes.length]!
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette[0]}"/><stop offset="1" stop-color="${palette[1]}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>${drawing(motif, variant, palette)}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** A small valid one-page PDF (Latin text only: the seed must not depend on installed CJK fonts). */
export function pdfDocument(lines: string[]): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`)
  const text = lines
    .map((line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 24} Td (${escape(line)}) Tj ET`)
    .join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
