import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a login (deactivated, role, employer, password reset, removed) is announced on the channel
 * `app_user_changed` with the user's id, whoever makes it: the API, the admin CLI or SQL by hand. Each server
 * process keeps the users it checked in a short cache and drops an entry the moment its id is announced
 * (auth/user-check-cache.ts), so a deactivation still locks the account out at once, also in other replicas.
 */
export class AppUserNotify1763912000000 implements MigrationInterface {
  name = 'AppUserNotify1763912000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_user_notify_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('app_user_changed', OLD.id::text);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER app_user_notify_changed_trg AFTER UPDATE OR DELETE ON app_user
        FOR EACH ROW EXECUTE FUNCTION app_user_notify_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS app_user_notify_changed_trg ON app_user`);
    await q.query(`DROP FUNCTION IF EXISTS app_user_notify_changed()`);
  }
}
