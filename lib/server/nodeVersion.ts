/**
 * Stops on a Node.js older than 22.12 with one clear line. Node 20 (past end of life) loses a
 * module evaluation in richtext-lexical's module graph (lexical's Node entry points use top-level
 * `await import()`): a script then exits without having run, and `payload run` even exits 0.
 * `npm install` puts Node 24 into node_modules/.bin (the `node` package), and every npm script and
 * `npx` command runs on it; this check catches what is started some other way.
 * Imported first by payload.config.ts and the preflight check.
 */
const MINIMUM_NODE = [22, 12] as const

export function unsupportedNodeMessage(version = process.versions.node): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (major > MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor >= MINIMUM_NODE[1])) return undefined
  return (
    `Node.js ${version} is too old for this project: it needs Node.js ${MINIMUM_NODE.join('.')} or later (24 LTS preferred). ` +
    'Run it through npm (`npm run dev|build|start|seed|test`, `npx payload …`), which uses the Node 24 that ' +
    '`npm install` put into node_modules/.bin, or install Node 24 (see .nvmrc).'
  )
}

const message = unsupportedNodeMessage()
if (message) throw new Error(message)
