export { freePort, NO_POSTGRES, postgresBin, startPostgres } from '../../scripts/lib/postgresCluster.mjs'
