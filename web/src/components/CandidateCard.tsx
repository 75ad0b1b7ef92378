import { TARGET_GROUP } from '../labels';
import { StatusBadge, TextLink } from './ui';

export interface CandidateSummary {
  id: string;
  placeName?: string | null;
  talents: string[];
  taalniveau?: string | null;
  startkwalificatie?: boolean | null;
  targetGroups: string[];
  personal: { firstName: string; lastName: string };
  completeness: { percentage: number };
}

/** One candidate in a result list (WSP staff only: it shows the name). */
export function CandidateCard({ candidate: c, distanceKm }: { candidate: CandidateSummary; distanceKm?: number | null }) {
  return (
    <li className="result-card">
      <h3 className="utrecht-heading-3">
        <TextLink to={`/kandidaten/${c.id}`}>
          {c.personal.firstName} {c.personal.lastName}
        </TextLink>
      </h3>
      <p className="utrecht-paragraph">
        {c.placeName ?? 'Woonplaats onbekend'}
        {distanceKm != null && ` (${distanceKm.toFixed(0)} km)`} · {c.talents.length ? c.talents.slice(0, 6).join(', ') : 'nog geen talenten'}
        {c.taalniveau ? ` · Taalniveau ${c.taalniveau}` : ''}
      </p>
      <p className="badges">
        {c.targetGroups.map((g) => (
          <StatusBadge key={g} tone="active">
            {TARGET_GROUP[g] ?? g}
          </StatusBadge>
        ))}
        {c.startkwalificatie === false && <StatusBadge tone="warning">Geen startkwalificatie</StatusBadge>}
        <span className="muted">Profiel {c.completeness.percentage}% compleet</span>
      </p>
    </li>
  );
}
