import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the candidate consented to be introduced by name to the employer of a placement. Until then the employer
 * sees the anonymised profile only (DOMAIN.md: the matchmaker shares details only with consent).
 */
export class PlacementConsent1763904100000 implements MigrationInterface {
  name = 'PlacementConsent1763904100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement ADD COLUMN consent_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement DROP COLUMN consent_at`);
  }
}
