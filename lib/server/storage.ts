import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Where uploads are kept: an S3-compatible bucket when S3_BUCKET is set (every app instance reads
 * and writes the same files), the local folder MEDIA_DIR otherwise (one instance, or a shared disk).
 * Files are still served at /api/media/file/… through Payload, which checks read access and streams
 * them from the bucket, so links, image optimisation and the CSP stay as they are.
 *
 * S3_ENDPOINT names a server other than AWS (MinIO, Ceph, a cloud's S3-compatible storage such as
 * Aliyun OSS or Tencent COS); such servers are addressed by path (bucket in the path) unless
 * S3_FORCE_PATH_STYLE=false. Credentials: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or the SDK's
 * usual sources (instance role, AWS_* variables) when those are unset.
 */
export function storagePlugins(env = process.env): Plugin[] {
  const bucket = env.S3_BUCKET?.trim()
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined
  return [
    // Always in the config, disabled without a bucket: the admin's import map (made at build time)
    // then lists the plugin's component, and one build runs with or without S3.
    s3Storage({
      enabled: Boolean(bucket),
      // The plugin's field (the object's key) in the schema either way: one set of migrations.
      alwaysInsertFields: true,
      bucket: bucket ?? '',
      // Objects under media/ in the bucket, which may hold other things.
      collections: { media: { prefix: 'media' } },
      config: {
        endpoint,
        region: env.S3_REGION || 'us-east-1',
        forcePathStyle: endpoint ? env.S3_FORCE_PATH_STYLE !== 'false' : env.S3_FORCE_PATH_STYLE === 'true',
        credentials,
        // Checksums only where S3 requires them: most S3-compatible servers reject the SDK's newer
        // default (a CRC32 trailer on every upload).
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    }),
  ]
}
