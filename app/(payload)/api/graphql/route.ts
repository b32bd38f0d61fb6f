/* From Payload's templates/blank; the handler sits behind our check of the JSON and the document. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/lib/server/apiGuard'

export const POST = guardGraphql(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
