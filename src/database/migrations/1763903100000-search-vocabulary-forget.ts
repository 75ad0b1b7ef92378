import { MigrationInterface, QueryRunner } from 'typeorm';

/** One advisory lock key for search_vocabulary: writers share it, a word's removal takes it alone. */
const VOCABULARY_LOCK = 7_635_001;

const CANDIDATE_VECTOR = `
  setweight(to_tsvector('dutch', wsp_search_text(wsp_talent_text(NEW.talents))), 'A') ||
  setweight(to_tsvector('dutch', wsp_search_text(wsp_category_text(NEW.category_wishes))), 'B') ||
  setweight(to_tsvector('dutch', wsp_search_text(
    (SELECT coalesce(string_agg(e->>'title', ' '), '') FROM jsonb_array_elements(NEW.work_experience) e))), 'B') ||
  setweight(to_tsvector('dutch', wsp_search_text(NEW.profile_text)), 'C')`;

const VACANCY_VECTOR = `
  setweight(to_tsvector('dutch', wsp_search_text(NEW.title)), 'A') ||
  setweight(to_tsvector('dutch', wsp_search_text(wsp_talent_text(NEW.required_talents || NEW.nice_to_have_talents))), 'A') ||
  setweight(to_tsvector('dutch', wsp_search_text(wsp_category_text(ARRAY[NEW.category_code]))), 'B') ||
  setweight(to_tsvector('dutch', wsp_search_text(NEW.description)), 'C')`;

/**
 * AVG erasure (defect 6): search_vocabulary kept every word ever indexed, so a name typed into a profile text
 * outlived the person. Now a word leaves the vocabulary when the last candidate or vacancy that holds it is
 * deleted or edited: the triggers pass the words a row lost to wsp_forget_words, which deletes those no other
 * row still holds.
 *
 * Concurrency (READ COMMITTED, the service's level): removing a word must not race a transaction that is adding
 * a row with the same word (it saw the word present, so it did not insert it). Writers take an advisory lock in
 * shared mode before they add words; a removal takes it exclusively before it looks, so it waits for writers in
 * flight and sees their committed rows, and writers that come later wait for it and re-add a word it removed.
 * The exclusive lock is taken only when words are really lost (an edit that removes text, an erasure), and
 * before the shared one within the same row, so a single-row write never upgrades a lock it holds.
 * Reference counts were the alternative: exact too, but every write would update and lock the rows of its
 * most common words ("magazijn"), serialising all writes and bulk loads on them.
 */
export class SearchVocabularyForget1763903100000 implements MigrationInterface {
  name = 'SearchVocabularyForget1763903100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION wsp_remember_words(v tsvector) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(${VOCABULARY_LOCK});
        INSERT INTO search_vocabulary (word)
        SELECT u.lexeme FROM unnest(v) u
        WHERE NOT EXISTS (SELECT 1 FROM search_vocabulary s WHERE s.word = u.lexeme)
        ON CONFLICT DO NOTHING;
      END $$`);

    // A lexeme as a tsquery term, exactly (no parsing, no stemming): quoted, with quotes and backslashes doubled.
    await q.query(`
      CREATE FUNCTION wsp_lexeme_query(word text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT ('''' || replace(replace(word, '\\', '\\\\'), '''', '''''') || '''')::tsquery $$`);

    // Removes the words no candidate or vacancy holds any more; except_candidate / except_vacancy is the row
    // being changed, whose stored (old) version still holds them.
    await q.query(`
      CREATE FUNCTION wsp_forget_words(words text[], except_candidate uuid, except_vacancy uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF words IS NULL OR cardinality(words) = 0 THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(${VOCABULARY_LOCK});
        DELETE FROM search_vocabulary s
        WHERE s.word = ANY(words)
          AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.search_vector @@ wsp_lexeme_query(s.word) AND c.id IS DISTINCT FROM except_candidate)
          AND NOT EXISTS (SELECT 1 FROM vacancy v WHERE v.search_vector @@ wsp_lexeme_query(s.word) AND v.id IS DISTINCT FROM except_vacancy);
      END $$`);

    await q.query(`
      CREATE OR REPLACE FUNCTION candidate_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := ${CANDIDATE_VECTOR};
        IF TG_OP = 'UPDATE' THEN
          PERFORM wsp_forget_words(
            ARRAY(SELECT unnest(tsvector_to_array(OLD.search_vector)) EXCEPT SELECT unnest(tsvector_to_array(NEW.search_vector))),
            OLD.id, NULL);
        END IF;
        PERFORM wsp_remember_words(NEW.search_vector);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION vacancy_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := ${VACANCY_VECTOR};
        IF TG_OP = 'UPDATE' THEN
          PERFORM wsp_forget_words(
            ARRAY(SELECT unnest(tsvector_to_array(OLD.search_vector)) EXCEPT SELECT unnest(tsvector_to_array(NEW.search_vector))),
            NULL, OLD.id);
        END IF;
        PERFORM wsp_remember_words(NEW.search_vector);
        RETURN NEW;
      END $$`);

    // Deletes, per statement: an erasure is one row, a reset of synthetic data is all of them (one pass over
    // their distinct words instead of one per row). The deleted rows are no longer visible here.
    await q.query(`
      CREATE FUNCTION wsp_forget_deleted_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM wsp_forget_words(ARRAY(SELECT DISTINCT unnest(tsvector_to_array(gone.search_vector)) FROM gone), NULL, NULL);
        RETURN NULL;
      END $$`);
    for (const table of ['candidate', 'vacancy']) {
      await q.query(`
        CREATE TRIGGER ${table}_forget_words_trg AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION wsp_forget_deleted_words()`);
    }

    // Words left behind by erasures and edits before this migration.
    await q.query(`
      DELETE FROM search_vocabulary s
      WHERE NOT EXISTS (SELECT 1 FROM candidate c WHERE c.search_vector @@ wsp_lexeme_query(s.word))
        AND NOT EXISTS (SELECT 1 FROM vacancy v WHERE v.search_vector @@ wsp_lexeme_query(s.word))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['candidate', 'vacancy']) await q.query(`DROP TRIGGER IF EXISTS ${table}_forget_words_trg ON ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS wsp_forget_deleted_words()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION candidate_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := ${CANDIDATE_VECTOR};
        PERFORM wsp_remember_words(NEW.search_vector);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION vacancy_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := ${VACANCY_VECTOR};
        PERFORM wsp_remember_words(NEW.search_vector);
        RETURN NEW;
      END $$`);
    await q.query(`DROP FUNCTION IF EXISTS wsp_forget_words(text[], uuid, uuid)`);
    await q.query(`DROP FUNCTION IF EXISTS wsp_lexeme_query(text)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION wsp_remember_words(v tsvector) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_vocabulary (word)
        SELECT u.lexeme FROM unnest(v) u
        WHERE NOT EXISTS (SELECT 1 FROM search_vocabulary s WHERE s.word = u.lexeme)
        ON CONFLICT DO NOTHING $$`);
  }
}
