import { existsSync } from 'node:fs'

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, the system's (Debian's `chromium`),
 * or Playwright's own download where a machine has one. Returns undefined when there is none.
 */
export async function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  const system = candidates.find((file) => file && existsSync(file))
  if (system) return system
  try {
    const { chromium } = await import('@playwright/test')
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // no Playwright browser either
  }
  return undefined
}

export const NO_CHROMIUM =
  'No Chromium found for the browser tests: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), use a Chromium that Playwright manages where browser downloads are allowed, or set CHROMIUM_PATH.'
