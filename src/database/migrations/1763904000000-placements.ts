import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voordrachten (placements) with their status history and instruments, and the employer's introduction requests
 * that lead to them. Owned by src/placements/. Names agreed with the dashboard (notes/PLACEMENT-SCHEMA.md).
 */
export class Placements1763904000000 implements MigrationInterface {
  name = 'Placements1763904000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placement (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- vacancies are never deleted, only closed
        vacancy_id               uuid NOT NULL REFERENCES vacancy(id),
        -- an AVG erasure of the candidate removes their placements
        candidate_id             uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        status                   text NOT NULL CHECK (status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL', 'PLACED', 'REJECTED', 'WITHDRAWN')),
        -- app_user ids without a foreign key: users may be removed, the history stays
        proposed_by              uuid,
        proposed_at              timestamptz NOT NULL DEFAULT now(),
        placed_at                timestamptz,
        closed_at                timestamptz,
        close_reason             text,
        loonkostensubsidie       boolean NOT NULL DEFAULT false,
        loonwaarde_pct           integer CHECK (loonwaarde_pct BETWEEN 0 AND 100),
        jobcoach                 boolean NOT NULL DEFAULT false,
        no_riskpolis             boolean NOT NULL DEFAULT false,
        trial_start              date,
        trial_end                date,
        trial_extension_reason   text,
        opleiding_school         text,
        opleiding_crebo          text,
        in_work_after_6_months   boolean,
        in_work_after_12_months  boolean,
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        version                  integer NOT NULL DEFAULT 1,
        CONSTRAINT placement_trial_order CHECK (trial_start IS NULL OR trial_end IS NULL OR trial_start <= trial_end)
      )`);
    // One open placement of a person on a vacancy; closed ones stay as history and a new proposal may follow.
    await q.query(`
      CREATE UNIQUE INDEX placement_one_open_key ON placement (vacancy_id, candidate_id)
        WHERE status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL')`);
    await q.query(`CREATE INDEX placement_vacancy_idx ON placement (vacancy_id)`);
    await q.query(`CREATE INDEX placement_candidate_idx ON placement (candidate_id)`);
    await q.query(`CREATE INDEX placement_status_idx ON placement (status, proposed_at)`);
    await q.query(`CREATE INDEX placement_created_idx ON placement (created_at, id)`);

    await q.query(`
      CREATE TABLE placement_step (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        placement_id  uuid NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        from_status   text,
        to_status     text NOT NULL,
        actor_id      uuid,
        at            timestamptz NOT NULL DEFAULT now(),
        note          text,
        reason        text
      )`);
    await q.query(`CREATE INDEX placement_step_placement_idx ON placement_step (placement_id, id)`);

    await q.query(`
      CREATE TABLE introduction_request (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id      uuid NOT NULL REFERENCES vacancy(id),
        candidate_id    uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        requested_by    uuid NOT NULL,
        message         text NOT NULL,
        status          text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED')),
        decided_by      uuid,
        decided_at      timestamptz,
        decline_reason  text,
        consent_at      timestamptz,
        placement_id    uuid REFERENCES placement(id) ON DELETE SET NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    // An employer asks once per person and vacancy while the request is open.
    await q.query(`CREATE UNIQUE INDEX introduction_request_one_open_key ON introduction_request (vacancy_id, candidate_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX introduction_request_candidate_idx ON introduction_request (candidate_id)`);
    await q.query(`CREATE INDEX introduction_request_created_idx ON introduction_request (created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS introduction_request`);
    await q.query(`DROP TABLE IF EXISTS placement_step`);
    await q.query(`DROP TABLE IF EXISTS placement`);
  }
}
