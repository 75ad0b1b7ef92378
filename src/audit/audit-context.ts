import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the current piece of work came from, for the audit trail's `origin`. */
export interface AuditContext {
  /** The client's IP address for a request; 'cli' for a command-line tool; 'system' for the service's own jobs. */
  origin: string;
}

const storage = new AsyncLocalStorage<AuditContext>();

/** Runs `work` (a request, a CLI command) with this context; AuditService.record reads it. */
export function runWithAuditContext<T>(context: AuditContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the work in progress; outside any (a timer, start-up) the origin is the service itself. */
export function currentAuditContext(): AuditContext {
  return storage.getStore() ?? { origin: 'system' };
}
