export function postgresBin(): string | undefined
export const NO_POSTGRES: string
export function freePort(): Promise<number>
export function startPostgres(options?: {
  database?: string
  port?: number
  settings?: Record<string, string | number>
  dir?: string
}): Promise<{ uri: string; port: number; folder: string; data: string; bin: string; stop(): void }>
