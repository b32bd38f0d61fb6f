/**
 * The edge of Payload's REST and GraphQL routes (app/(payload)/api): a request that Payload or its
 * database adapter would answer with a 500 because of the client's mistake — an id that is not an
 * id, a filter value of the wrong kind, a body that is not a JSON object, a multipart body that
 * cannot be read, a GraphQL document that expands to more work than anyone needs — is answered
 * with a 4xx and a localized message, in Payload's error shape (`{ errors: [{ message }] }`), before
 * Payload sees it. Everything else goes to Payload untouched, so a real fault stays a 500 and is
 * logged as one. One file per concern in ./api: answers, query (filters and paging), body, rest,
 * graphql.
 */
export { guardGraphql } from './api/graphql'
export { guardRest } from './api/rest'
