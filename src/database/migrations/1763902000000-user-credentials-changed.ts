import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an ADMIN resets a password, tokens issued before it stop working: a reset is what one does when an account
 * may be in someone else's hands.
 */
export class UserCredentialsChanged1763902000000 implements MigrationInterface {
  name = 'UserCredentialsChanged1763902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN credentials_changed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN credentials_changed_at`);
  }
}
