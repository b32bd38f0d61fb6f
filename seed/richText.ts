import { both } from './localize'

const block = (text: string) => {
  const heading = text.startsWith('## ')
  return {
    ...(heading ? { type: 'heading', tag: 'h2' } : { type: 'paragraph', textFormat: 0, textStyle: '' }),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'text',
        detail: 0,
        format: 0,
        mode: 'normal',
        style: '',
        text: heading ? text.slice(3) : text,
        version: 1,
      },
    ],
  }
}

/** Lexical rich text from plain paragraphs (what the seed writes into body fields); `## ` starts a heading. */
export function richText(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      children: paragraphs.map(block),
    },
  }
}

/** Rich text in both written languages, one paragraph per string. */
export const rt = (zh: string[], en: string[]) => both(richText(zh), richText(en))
