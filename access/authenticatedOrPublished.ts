import type { Access } from 'payload'

/** Staff read everything; everyone else only published documents. */
export const authenticatedOrPublished: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }
