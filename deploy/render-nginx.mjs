#!/usr/bin/env node
/**
 * Writes deploy/portal.nginx.conf with its {{…}} values filled in.
 *
 *   node deploy/render-nginx.mjs --upstream 10.0.0.11:3000 --upstream 10.0.0.12:3000 \
 *     --server-name invest.ganzhou.gov.cn --certificate /etc/ssl/portal.crt --key /etc/ssl/portal.key \
 *     > /etc/nginx/conf.d/portal.conf
 *
 * --http-port and --https-port default to 80 and 443; --cache-dir (the pages' microcache) to
 * /var/cache/nginx/portal. --main <dir> writes a whole nginx.conf
 * (events, http, pid and temporary files in <dir>) around it instead, for running nginx as one
 * process outside /etc/nginx (`nginx -p <dir> -c <dir>/nginx.conf`), as the cluster test does.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

export function renderNginx({
  upstreams,
  serverName = '_',
  certificate,
  key,
  httpPort = 80,
  httpsPort = 443,
  cacheDir = '/var/cache/nginx/portal',
}) {
  if (!upstreams?.length) throw new Error('at least one --upstream host:port is needed')
  if (!certificate || !key) throw new Error('--certificate and --key are needed')
  const values = {
    UPSTREAMS: upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`).join('\n'),
    SERVER_NAME: serverName,
    CERTIFICATE: certificate,
    CERTIFICATE_KEY: key,
    HTTP_PORT: String(httpPort),
    HTTPS_PORT: String(httpsPort),
    HTTPS_PORT_SUFFIX: Number(httpsPort) === 443 ? '' : `:${httpsPort}`,
    CACHE_DIR: cacheDir,
  }
  const template = readFileSync(path.join(import.meta.dirname, 'portal.nginx.conf'), 'utf8')
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`no value for {{${name}}}`)
    return values[name]
  })
}

/** A whole nginx.conf for one nginx process whose files all live in `dir`. */
export function renderNginxMain(dir, site) {
  return `# Rendered by deploy/render-nginx.mjs --main ${dir}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${site.replace(/^/gm, '    ')}
}
`
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({
    options: {
      upstream: { type: 'string', multiple: true },
      'server-name': { type: 'string' },
      certificate: { type: 'string' },
      key: { type: 'string' },
      'http-port': { type: 'string' },
      'https-port': { type: 'string' },
      main: { type: 'string' },
      'cache-dir': { type: 'string' },
    },
  })
  const site = renderNginx({
    upstreams: values.upstream,
    serverName: values['server-name'],
    certificate: values.certificate,
    key: values.key,
    httpPort: values['http-port'],
    httpsPort: values['https-port'],
    cacheDir: values['cache-dir'] ?? (values.main ? path.join(path.resolve(values.main), 'cache') : undefined),
  })
  process.stdout.write(values.main ? renderNginxMain(path.resolve(values.main), site) : site)
}
