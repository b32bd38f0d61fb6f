/**
 * The sender's address for the rate limit. Behind the production reverse proxy (nginx, a load
 * balancer) it is the proxy's `X-Real-IP` or the first `X-Forwarded-For` hop; `next start` itself
 * fills `X-Forwarded-For` from the socket. Deploy the app only behind a proxy that overwrites these
 * headers, or a client could pick its own address.
 */
export function clientIp(headers: Headers): string {
  const real = headers.get('x-real-ip')?.trim()
  if (real) return real
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || 'unknown'
}
