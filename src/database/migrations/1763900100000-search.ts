import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search on PostgreSQL, where the tables are the index (consistent at commit):
 * - a weighted `search_vector` per candidate and vacancy, in the `dutch` configuration (stemming), kept by a
 *   trigger that also folds in talent labels and synonyms, so "vorkheftruck" finds a heftruck profile;
 * - `search_vocabulary`, every indexed lexeme, for typo correction of query words (trigram nearest neighbour on
 *   a small table instead of similarity over every row, as Meilisearch does with its word dictionary);
 * - `target_groups` as a generated array for filters and facets; GIN and GiST indexes for filters and geo;
 * - `search_outbox`: the "index this" records an external engine (Meilisearch) is fed from.
 */
export class Search1763900100000 implements MigrationInterface {
  name = 'Search1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION wsp_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT public.unaccent('public.unaccent'::regdictionary, coalesce(t, '')) $$`);

    await q.query(`ALTER TABLE candidate ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`ALTER TABLE vacancy ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`
      ALTER TABLE candidate ADD COLUMN target_groups text[] GENERATED ALWAYS AS (
        array_remove(ARRAY[
          CASE WHEN statushouder THEN 'STATUSHOUDER' END,
          CASE WHEN vijftig_plus THEN 'VIJFTIG_PLUS' END,
          CASE WHEN jongere AND startkwalificatie = false THEN 'JONGERE_ZONDER_STARTKWALIFICATIE' END
        ], NULL)) STORED`);

    await q.query(`CREATE TABLE search_vocabulary (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING gist (word gist_trgm_ops)`);
    await q.query(`CREATE INDEX search_vocabulary_prefix_idx ON search_vocabulary (word text_pattern_ops)`);

    // Talent text: label and synonyms of each talent code, as one string.
    await q.query(`
      CREATE FUNCTION wsp_talent_text(codes text[]) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_agg(t.label || ' ' || array_to_string(t.synonyms, ' '), ' '), '')
        FROM talent t WHERE t.code = ANY(codes) $$`);
    await q.query(`
      CREATE FUNCTION wsp_category_text(codes text[]) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_agg(c.label, ' '), '') FROM category c WHERE c.code = ANY(codes) $$`);
    await q.query(`
      CREATE FUNCTION wsp_remember_words(v tsvector) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_vocabulary (word)
        SELECT u.lexeme FROM unnest(v) u
        WHERE NOT EXISTS (SELECT 1 FROM search_vocabulary s WHERE s.word = u.lexeme)
        ON CONFLICT DO NOTHING $$`);

    await q.query(`
      CREATE FUNCTION candidate_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('dutch', wsp_search_text(wsp_talent_text(NEW.talents))), 'A') ||
          setweight(to_tsvector('dutch', wsp_search_text(wsp_category_text(NEW.category_wishes))), 'B') ||
          setweight(to_tsvector('dutch', wsp_search_text(
            (SELECT coalesce(string_agg(e->>'title', ' '), '') FROM jsonb_array_elements(NEW.work_experience) e))), 'B') ||
          setweight(to_tsvector('dutch', wsp_search_text(NEW.profile_text)), 'C');
        PERFORM wsp_remember_words(NEW.search_vector);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER candidate_search_vector_trg BEFORE INSERT OR UPDATE OF talents, category_wishes, work_experience, profile_text
      ON candidate FOR EACH ROW EXECUTE FUNCTION candidate_search_vector()`);

    await q.query(`
      CREATE FUNCTION vacancy_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('dutch', wsp_search_text(NEW.title)), 'A') ||
          setweight(to_tsvector('dutch', wsp_search_text(wsp_talent_text(NEW.required_talents || NEW.nice_to_have_talents))), 'A') ||
          setweight(to_tsvector('dutch', wsp_search_text(wsp_category_text(ARRAY[NEW.category_code]))), 'B') ||
          setweight(to_tsvector('dutch', wsp_search_text(NEW.description)), 'C');
        PERFORM wsp_remember_words(NEW.search_vector);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER vacancy_search_vector_trg BEFORE INSERT OR UPDATE OF title, description, category_code, required_talents, nice_to_have_talents
      ON vacancy FOR EACH ROW EXECUTE FUNCTION vacancy_search_vector()`);

    await q.query(`CREATE INDEX candidate_search_idx ON candidate USING gin (search_vector)`);
    await q.query(`CREATE INDEX candidate_talents_idx ON candidate USING gin (talents)`);
    await q.query(`CREATE INDEX candidate_category_wishes_idx ON candidate USING gin (category_wishes)`);
    await q.query(`CREATE INDEX candidate_target_groups_idx ON candidate USING gin (target_groups)`);
    await q.query(`CREATE INDEX candidate_geo_idx ON candidate USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL`);
    await q.query(`CREATE INDEX candidate_klantcategorie_idx ON candidate (klantcategorie_code)`);
    await q.query(`CREATE INDEX vacancy_search_idx ON vacancy USING gin (search_vector)`);
    await q.query(`CREATE INDEX vacancy_talents_idx ON vacancy USING gin ((required_talents || nice_to_have_talents))`);
    await q.query(`CREATE INDEX vacancy_geo_idx ON vacancy USING gist (ll_to_earth(lat, lon))`);
    await q.query(`CREATE INDEX vacancy_category_idx ON vacancy (category_code)`);

    await q.query(`
      CREATE TABLE search_outbox (
        id              bigserial PRIMARY KEY,
        index_name      text NOT NULL CHECK (index_name IN ('candidates', 'vacancies')),
        entity_id       uuid NOT NULL,
        enqueued_at     timestamptz NOT NULL DEFAULT now(),
        attempts        integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text
      )`);
    await q.query(`CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_outbox`);
    await q.query(`DROP TRIGGER IF EXISTS vacancy_search_vector_trg ON vacancy`);
    await q.query(`DROP TRIGGER IF EXISTS candidate_search_vector_trg ON candidate`);
    await q.query(`DROP FUNCTION IF EXISTS vacancy_search_vector, candidate_search_vector, wsp_remember_words, wsp_category_text, wsp_talent_text`);
    await q.query(`DROP TABLE IF EXISTS search_vocabulary`);
    await q.query(`ALTER TABLE candidate DROP COLUMN IF EXISTS target_groups, DROP COLUMN IF EXISTS search_vector`);
    await q.query(`ALTER TABLE vacancy DROP COLUMN IF EXISTS search_vector`);
    await q.query(`DROP FUNCTION IF EXISTS wsp_search_text`);
  }
}
