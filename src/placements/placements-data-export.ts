import { Injectable, OnModuleInit } from '@nestjs/common';
import { CandidateDataExportService } from '../candidates/candidate-data-export.service';

/**
 * AVG art. 15: what this module keeps about a person (voordrachten with their steps, and employers' introduction
 * requests) is part of their export. Registered here, by the module that owns the tables.
 */
@Injectable()
export class PlacementsDataExport implements OnModuleInit {
  constructor(private readonly exports: CandidateDataExportService) {}

  onModuleInit(): void {
    this.exports.register({
      source: 'placement',
      description: 'Voordrachten voor vacatures: stappen met datum en notitie, instrumenten (loonkostensubsidie, jobcoach, proefplaatsing, no-riskpolis, opleiding) en nazorg.',
      collect: (id, m) =>
        m.query(
          `SELECT to_jsonb(p) || jsonb_build_object('steps', COALESCE((
             SELECT jsonb_agg(jsonb_build_object('at', s.at, 'from', s.from_status, 'to', s.to_status, 'note', s.note, 'reason', s.reason) ORDER BY s.at, s.id)
             FROM placement_step s WHERE s.placement_id = p.id), '[]'::jsonb)) AS row
           FROM placement p WHERE p.candidate_id = $1 ORDER BY p.proposed_at`,
          [id],
        ),
    });
    this.exports.register({
      source: 'introduction_request',
      description: 'Verzoeken van werkgevers om kennis te maken, met het bericht, de beslissing en wanneer toestemming is vastgelegd.',
      collect: (id, m) => m.query(`SELECT to_jsonb(r) AS row FROM introduction_request r WHERE r.candidate_id = $1 ORDER BY r.created_at`, [id]),
    });
  }
}
