import type { AuditAction } from './audit.service';

/** Actions that open one person's full record: what the view limit counts (view-limit.service.ts). */
export const VIEW_ACTIONS = ['view', 'export'] as const satisfies readonly AuditAction[];
