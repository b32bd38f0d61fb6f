import { pinyin } from 'pinyin-pro'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * An ASCII slug from any title: Chinese characters become toneless pinyin syllables,
 * everything else is lower-cased and reduced to letters, digits and single hyphens.
 */
export function slugify(input: string): string {
  const latin = /[\u3400-\u9fff]/.test(input)
    ? pinyin(input, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ')
    : input
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}
