import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditPurpose } from '../audit/audit-purpose';
import { ViewLimitService } from '../audit/view-limit.service';
import { AuthUser } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import { ForbiddenError, NotFoundError } from '../graphql/errors';
import { toCandidate } from './candidate.mapper';
import { CandidateEntity } from './candidate.entity';
import { CandidateDataExport, CandidateDataSection } from './candidate-data-export.types';

/**
 * One source of data about a person for the AVG export. A module that keeps rows about candidates (placements,
 * introduction requests, ...) registers one in its own onModuleInit, so the export never misses a table:
 *   exports.register({ source: 'placement', description: '...', collect: (id, m) => m.query('SELECT ... WHERE candidate_id = $1', [id]) })
 */
export interface CandidateDataContributor {
  source: string;
  description: string;
  /** The rows about the candidate, read in the export's transaction. */
  collect: (candidateId: string, manager: EntityManager) => Promise<unknown[]>;
}

/**
 * AVG art. 15: everything stored about a person. Open to ADMIN and to the person's own matchmaker (the consulent
 * who answers the request); logged as 'export' (purpose AVG_INZAGE) and counted towards the view limit.
 */
@Injectable()
export class CandidateDataExportService {
  private readonly contributors: CandidateDataContributor[] = [
    {
      source: 'candidate',
      description: 'Het bemiddelingsprofiel: talenten, beroepswensen, werkervaring, opleiding, uren, woonplaats en afgeleide gegevens (doelgroepen).',
      // The search vector and earth point are index copies of fields shown here.
      collect: (id, m) => m.query(`SELECT to_jsonb(c) - 'search_vector' - 'geo' AS row FROM candidate c WHERE c.id = $1`, [id]),
    },
    {
      source: 'candidate_personal',
      description: 'Identificerende gegevens: naam, e-mailadres, telefoonnummer, geboortedatum.',
      collect: (id, m) => m.query(`SELECT to_jsonb(p) AS row FROM candidate_personal p WHERE p.candidate_id = $1`, [id]),
    },
    {
      source: 'candidate_search',
      description: 'Een afgeleide kopie van profielvelden waarop gezocht en gefilterd wordt; verdwijnt met het profiel.',
      collect: (id, m) => m.query(`SELECT to_jsonb(s) - 'geo' AS row FROM candidate_search s WHERE s.id = $1`, [id]),
    },
    {
      source: 'audit_log',
      description:
        'Het logboek: wanneer welke rol het profiel aanmaakte, bekeek, wijzigde of exporteerde, en met welk doel. Medewerkers staan er met hun rol in, niet met hun naam.',
      collect: async (id, m) =>
        (await this.audit.about('candidate', id, m)).map((a) => ({ row: { at: a.at, action: a.action, actorRole: a.actorRole, purpose: a.purpose } })),
    },
  ];

  constructor(
    private readonly audit: AuditService,
    private readonly viewLimit: ViewLimitService,
  ) {}

  register(contributor: CandidateDataContributor): void {
    this.contributors.push(contributor);
  }

  async export(user: AuthUser, candidateId: string): Promise<CandidateDataExport> {
    return this.viewLimit.view(
      user,
      'candidate',
      candidateId,
      async (m) => {
        const candidate = await m.findOne(CandidateEntity, { where: { id: candidateId }, relations: { personal: true } });
        if (!candidate) throw new NotFoundError('kandidaat', candidateId);
        if (user.role !== Role.ADMIN && candidate.matchmakerId !== user.id) {
          throw new ForbiddenError(`Rol ${user.role}: alleen de eigen matchmaker van de kandidaat of een ADMIN mag een AVG-export maken.`);
        }
        const sections: CandidateDataSection[] = [];
        for (const contributor of this.contributors) {
          const rows = await contributor.collect(candidateId, m);
          sections.push({
            source: contributor.source,
            description: contributor.description,
            records: rows.map((r) => JSON.stringify((r as { row?: unknown }).row ?? r)),
          });
        }
        return { candidateId, exportedAt: new Date(), candidate: toCandidate(candidate), sections };
      },
      'export',
      AuditPurpose.AVG_INZAGE,
    );
  }
}
