import type pg from 'pg'

export function postgresBin(): string | undefined
export function postgresProgram(name: string): string
export function isPostgresUri(uri: string | undefined): boolean
export function postgresClient(uri: string): Promise<pg.Client>
export function postgresFilenames(client: pg.Client): Promise<string[]>
