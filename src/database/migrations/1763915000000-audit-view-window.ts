import { MigrationInterface, QueryRunner } from 'typeorm';
import { VIEW_ACTIONS } from '../../audit/view-actions';

/**
 * The view limit's working set (audit/view-limit.service.ts): per account, each record it opened and when it last
 * did. Kept by a trigger on audit_log itself, so it is derived from the audit trail whatever writes it, and the
 * count and the record of who looked cannot disagree. Counting distinct people in the last hour from audit_log
 * read every view row of that hour (one busy account: 200,000 rows and 600 ms per request in bench:match); this
 * table holds one row per person, and the service drops rows older than an hour as it goes.
 */
export class AuditViewWindow1763915000000 implements MigrationInterface {
  name = 'AuditViewWindow1763915000000';

  async up(q: QueryRunner): Promise<void> {
    const actions = VIEW_ACTIONS.map((a) => `'${a}'`).join(', ');
    await q.query(`
      CREATE TABLE audit_view_window (
        actor_id       uuid NOT NULL,
        entity_type    text NOT NULL,
        entity_id      uuid NOT NULL,
        last_viewed_at timestamptz NOT NULL,
        PRIMARY KEY (actor_id, entity_type, entity_id)
      )`);
    await q.query(`
      CREATE FUNCTION audit_view_window_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_view_window (actor_id, entity_type, entity_id, last_viewed_at)
        VALUES (NEW.actor_id, NEW.entity_type, NEW.entity_id, NEW.at)
        ON CONFLICT (actor_id, entity_type, entity_id)
          DO UPDATE SET last_viewed_at = greatest(audit_view_window.last_viewed_at, EXCLUDED.last_viewed_at);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_view_window_keep_trg AFTER INSERT ON audit_log FOR EACH ROW
        WHEN (NEW.action IN (${actions}) AND NEW.actor_id IS NOT NULL AND NEW.entity_id IS NOT NULL)
        EXECUTE FUNCTION audit_view_window_keep()`);
    await q.query(`
      INSERT INTO audit_view_window (actor_id, entity_type, entity_id, last_viewed_at)
      SELECT actor_id, entity_type, entity_id, max(at) FROM audit_log
       WHERE action IN (${actions}) AND at > now() - interval '1 hour' AND actor_id IS NOT NULL AND entity_id IS NOT NULL
       GROUP BY actor_id, entity_type, entity_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_view_window_keep_trg ON audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_view_window_keep()`);
    await q.query(`DROP TABLE IF EXISTS audit_view_window`);
  }
}
