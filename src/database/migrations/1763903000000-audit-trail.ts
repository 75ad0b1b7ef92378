import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail as BIO2 8.15 and the Logboek Dataverwerkingen ask: every row says who (actor, role), did what
 * (action) to which record (type + id), for which purpose, from where (origin: the client's IP, or 'cli' /
 * 'system') and when. Append-only in the database itself: a trigger refuses every UPDATE, DELETE and TRUNCATE,
 * whoever sends it (the table owner and a superuser included). The one way out is retention:
 * audit_log_purge(days) marks its own transaction and deletes only rows older than the cut-off; the trigger lets
 * exactly those deletes through. Where the service connects as a role that does not own the table, privileges
 * close it as well (README, "Audit trail"): SELECT and INSERT on audit_log and EXECUTE on audit_log_purge only.
 */
export class AuditTrail1763903000000 implements MigrationInterface {
  name = 'AuditTrail1763903000000';

  async up(q: QueryRunner): Promise<void> {
    // Rows from before this migration did not record them.
    await q.query(`ALTER TABLE audit_log ADD COLUMN purpose text NOT NULL DEFAULT 'onbekend', ADD COLUMN origin text NOT NULL DEFAULT 'onbekend'`);
    await q.query(`ALTER TABLE audit_log ALTER COLUMN purpose DROP DEFAULT, ALTER COLUMN origin DROP DEFAULT`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at)`);

    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cutoff text := current_setting('wsp.audit_purge_before', true);
      BEGIN
        IF TG_OP = 'DELETE' AND coalesce(cutoff, '') <> '' AND OLD.at < cutoff::timestamptz THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    // SECURITY DEFINER: a service role without DELETE on audit_log can still run retention, and nothing else.
    await q.query(`
      CREATE FUNCTION audit_log_purge(retention_days integer) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        cutoff timestamptz;
        removed bigint;
      BEGIN
        IF retention_days IS NULL OR retention_days < 1 THEN
          RAISE EXCEPTION 'audit retention must be at least 1 day' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        cutoff := now() - make_interval(days => retention_days);
        PERFORM set_config('wsp.audit_purge_before', cutoff::text, true);
        DELETE FROM audit_log WHERE at < cutoff;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('wsp.audit_purge_before', '', true);
        RETURN removed;
      END $$`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION audit_log_purge(integer) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`);
    await q.query(`DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_purge(integer)`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
    await q.query(`DROP INDEX IF EXISTS audit_log_at_idx, audit_log_actor_idx, audit_log_action_idx`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN purpose, DROP COLUMN origin`);
  }
}
