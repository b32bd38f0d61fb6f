import type { Access } from 'payload'

/** Refused to everyone through the API; trusted server code passes `overrideAccess: true`. */
export const nobody: Access = () => false
