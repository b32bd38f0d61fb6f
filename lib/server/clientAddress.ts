import { CLIENT_ADDRESS_HEADER } from './edge.mjs'

/**
 * The client's address, for the enquiry rate limit and login throttling. The production server
 * (server.mjs) works it out from the socket and, with TRUST_PROXY=N, from the last N hops of
 * X-Forwarded-For, and passes it on in CLIENT_ADDRESS_HEADER after removing any copy a client sent.
 * A client cannot choose its own address with X-Forwarded-For or X-Real-IP: the app reads neither.
 * Where the app runs without that server (`next dev`) every client is 'unknown'.
 */
export const clientAddress = (headers: Headers): string => headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown'
