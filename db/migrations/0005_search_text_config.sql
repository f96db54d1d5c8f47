-- drizzle-kit does not emit text search configurations. Search uses "simple" (no stemming,
-- no stop words: names are multilingual and stemming one language would mangle the others)
-- with unaccent in front, so "Kavsak" finds "Kavşak", and ts_headline still shows "Kavşak".
CREATE TEXT SEARCH CONFIGURATION nexus_simple_unaccent (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION nexus_simple_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
