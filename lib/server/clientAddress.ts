/**
 * The client's address, for the enquiry rate limit and login throttling. The production server
 * (server.mjs) works it out from the socket and, with TRUST_PROXY=N, from the last N hops of
 * X-Forwarded-For, and passes it on in this header after removing any copy a client sent. A client
 * cannot choose its own address by sending X-Forwarded-For or X-Real-IP: the app reads neither.
 */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address'

/** The address server.mjs determined; 'unknown' where the app runs without it (`next dev`). */
export const clientAddress = (headers: Headers): string => headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown'
