-- Index-ordered ranking (issue #15). The RUM index (extension "rum": Debian's postgresql-15-rum,
-- offered by managed PostgreSQL services) keeps word positions in the index, so
-- `ORDER BY document <=> query LIMIT 20` ranks inside the index and fetches only the rows shown,
-- where GIN + ts_rank reads and ranks every matching row. drizzle-kit does not emit extensions;
-- this migration creates it only where it can be created, and otherwise changes nothing:
-- PGlite, servers without the package and roles that may not create it keep the GIN indexes of
-- 0004, which stay in every case (they serve the capped counts and are the fallback).
-- lib/search/postgres/ranking.ts looks for the RUM indexes by name and ranks with them when found.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum')
     AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
    BEGIN
      CREATE EXTENSION rum;
    EXCEPTION WHEN insufficient_privilege THEN
      -- rum is not a trusted extension: a superuser (or the service's admin role) creates it,
      -- in this database or in its template. Then `npm run search:reindex` adds the indexes.
      RAISE NOTICE 'rum is installed on this server but this role may not create it: search ranks with GIN.';
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum') THEN
    EXECUTE $sql$CREATE INDEX IF NOT EXISTS search_documents_published_rum_idx ON search_documents
      USING rum (document rum_tsvector_ops) WHERE scope = 'published'$sql$;
    EXECUTE $sql$CREATE INDEX IF NOT EXISTS search_documents_latest_rum_idx ON search_documents
      USING rum (document rum_tsvector_ops) WHERE scope = 'latest'$sql$;
  END IF;
END $$;
