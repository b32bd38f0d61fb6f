import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where uploads are kept; tests point it at a temporary folder. */
export const mediaDir = () => path.resolve(projectRoot, process.env.MEDIA_DIR || 'media')
