import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search outbox worker claims rows with a lease instead of holding a transaction open while the engine
 * answers (Meilisearch may take up to 120 s): `leased_until` says until when a worker owns the row, `lease_token`
 * which worker, so only the claimant can finish or release it. An expired lease (a worker that died) is claimable.
 */
export class OutboxLease1763914000000 implements MigrationInterface {
  name = 'OutboxLease1763914000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_outbox ADD COLUMN leased_until timestamptz, ADD COLUMN lease_token uuid`);
    await q.query(`CREATE INDEX search_outbox_leased_idx ON search_outbox (index_name, entity_id) WHERE leased_until IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_outbox_leased_idx`);
    await q.query(`ALTER TABLE search_outbox DROP COLUMN leased_until, DROP COLUMN lease_token`);
  }
}
