import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data model of DOMAIN.md. Enumerations are text with CHECK constraints (easier to extend than PostgreSQL
 * enum types); reference data (categories, talents, klantcategorieën) are tables, seeded by the app.
 * Personal data of a candidate lives in its own table, so it is obvious which columns identify a person and an
 * erasure removes them in one cascade.
 */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);

    await q.query(`
      CREATE TABLE category (
        code        text PRIMARY KEY,
        label       text NOT NULL,
        isco        text,
        description text NOT NULL DEFAULT '',
        sort_order  integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE talent (
        code       text PRIMARY KEY,
        label      text NOT NULL UNIQUE,
        categories text[] NOT NULL DEFAULT '{}',
        synonyms   text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE klantcategorie (
        code        text PRIMARY KEY,
        label       text NOT NULL,
        months_min  integer NOT NULL,
        months_max  integer,
        groep       text NOT NULL CHECK (groep IN ('re-integratie', 'participatie')),
        description text NOT NULL DEFAULT '',
        sort_order  integer NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE app_user (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email          text NOT NULL,
        password_hash  text NOT NULL,
        display_name   text NOT NULL,
        role           text NOT NULL CHECK (role IN ('MATCHMAKER', 'ACCOUNTHOUDER', 'LEERWERKMAKELAAR', 'WERKGEVER', 'ADMIN')),
        employer_id    uuid,
        active         boolean NOT NULL DEFAULT true,
        last_login_at  timestamptz,
        created_at     timestamptz(3) NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_werkgever_has_employer CHECK ((role = 'WERKGEVER') = (employer_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);

    await q.query(`
      CREATE TABLE employer (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name               text NOT NULL,
        kvk_number         text UNIQUE,
        category_code      text REFERENCES category(code),
        place_name         text NOT NULL,
        postcode           text,
        lat                double precision NOT NULL,
        lon                double precision NOT NULL,
        contact_name       text,
        contact_email      text,
        contact_phone      text,
        erkend_leerbedrijf boolean NOT NULL DEFAULT false,
        accounthouder_id   uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at         timestamptz(3) NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        version            integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX employer_accounthouder_idx ON employer (accounthouder_id)`);
    await q.query(`CREATE INDEX employer_created_idx ON employer (created_at, id)`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_employer_fk FOREIGN KEY (employer_id) REFERENCES employer(id) ON DELETE CASCADE`);

    await q.query(`
      CREATE TABLE vacancy (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id                uuid NOT NULL REFERENCES employer(id) ON DELETE RESTRICT,
        title                      text NOT NULL,
        description                text NOT NULL DEFAULT '',
        category_code              text REFERENCES category(code),
        required_talents           text[] NOT NULL DEFAULT '{}',
        nice_to_have_talents       text[] NOT NULL DEFAULT '{}',
        min_taalniveau             text CHECK (min_taalniveau IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        startkwalificatie_required boolean NOT NULL DEFAULT false,
        min_opleidingsniveau       text,
        rijbewijs_required         text[] NOT NULL DEFAULT '{}',
        hours_min                  integer NOT NULL CHECK (hours_min BETWEEN 0 AND 60),
        hours_max                  integer NOT NULL CHECK (hours_max BETWEEN 1 AND 60),
        place_name                 text NOT NULL,
        postcode                   text,
        lat                        double precision NOT NULL,
        lon                        double precision NOT NULL,
        contract_type              text NOT NULL CHECK (contract_type IN ('VAST', 'TIJDELIJK', 'UITZEND', 'OPROEP', 'BBL', 'STAGE', 'VRIJWILLIG')),
        openings                   integer NOT NULL DEFAULT 1 CHECK (openings BETWEEN 1 AND 1000),
        start_date                 date,
        closing_date               date,
        leerwerkplek               boolean NOT NULL DEFAULT false,
        banenafspraak              boolean NOT NULL DEFAULT false,
        loonkostensubsidie         boolean NOT NULL DEFAULT false,
        proefplaatsing             boolean NOT NULL DEFAULT false,
        jobcoach                   boolean NOT NULL DEFAULT false,
        beschut_werk               boolean NOT NULL DEFAULT false,
        status                     text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')),
        published_at               timestamptz,
        ended_at                   timestamptz,
        created_by_id              uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at                 timestamptz(3) NOT NULL DEFAULT now(),
        updated_at                 timestamptz NOT NULL DEFAULT now(),
        version                    integer NOT NULL DEFAULT 1,
        CONSTRAINT vacancy_hours_range CHECK (hours_min <= hours_max)
      )`);
    await q.query(`CREATE INDEX vacancy_employer_idx ON vacancy (employer_id)`);
    await q.query(`CREATE INDEX vacancy_status_created_idx ON vacancy (status, created_at, id)`);
    await q.query(`CREATE INDEX vacancy_created_idx ON vacancy (created_at, id)`);

    await q.query(`
      CREATE TABLE candidate (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status                  text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE', 'PLACED')),
        talents                 text[] NOT NULL DEFAULT '{}',
        category_wishes         text[] NOT NULL DEFAULT '{}',
        work_experience         jsonb NOT NULL DEFAULT '[]',
        profile_text            text NOT NULL DEFAULT '',
        taalniveau              text CHECK (taalniveau IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        startkwalificatie       boolean,
        opleidingsniveau        text,
        rijbewijs               text[] NOT NULL DEFAULT '{}',
        hours_min               integer CHECK (hours_min BETWEEN 0 AND 60),
        hours_max               integer CHECK (hours_max BETWEEN 1 AND 60),
        available_from          date,
        place_name              text,
        postcode                text,
        lat                     double precision,
        lon                     double precision,
        max_travel_km           integer CHECK (max_travel_km BETWEEN 0 AND 300),
        banenafspraak           boolean NOT NULL DEFAULT false,
        loonkostensubsidie      boolean NOT NULL DEFAULT false,
        jobcoach_needed         boolean NOT NULL DEFAULT false,
        klantcategorie_code     text REFERENCES klantcategorie(code),
        statushouder            boolean NOT NULL DEFAULT false,
        jongere                 boolean NOT NULL DEFAULT false,
        vijftig_plus            boolean NOT NULL DEFAULT false,
        unemployed_since        date,
        visible_to_employers    boolean NOT NULL DEFAULT false,
        consulent_approves_visibility boolean NOT NULL DEFAULT false,
        matchmaker_id           uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at              timestamptz(3) NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        version                 integer NOT NULL DEFAULT 1,
        CONSTRAINT candidate_hours_range CHECK (hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max)
      )`);
    await q.query(`CREATE INDEX candidate_created_idx ON candidate (created_at, id)`);
    await q.query(`CREATE INDEX candidate_matchmaker_idx ON candidate (matchmaker_id)`);

    // Identifying data, never indexed for search, never shown to an employer. No BSN: the municipality's own
    // systems hold it; matching does not need it.
    await q.query(`
      CREATE TABLE candidate_personal (
        candidate_id uuid PRIMARY KEY REFERENCES candidate(id) ON DELETE CASCADE,
        first_name   text NOT NULL,
        last_name    text NOT NULL,
        email        text,
        phone        text,
        birth_date   date
      )`);

    // Who read or changed which personal record. Holds ids and actions only, never personal values.
    await q.query(`
      CREATE TABLE audit_log (
        id          bigserial PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT now(),
        actor_id    uuid,
        actor_role  text,
        action      text NOT NULL,
        entity_type text NOT NULL,
        entity_id   uuid
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'candidate_personal', 'candidate', 'vacancy', 'app_user', 'employer', 'klantcategorie', 'talent', 'category']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
