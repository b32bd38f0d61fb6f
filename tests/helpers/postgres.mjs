/** The throwaway PostgreSQL cluster the tests start (scripts/lib/postgresCluster.mjs, shared with the bench). */
export { freePort, NO_POSTGRES, postgresBin, startPostgres } from '../../scripts/lib/postgresCluster.mjs'
