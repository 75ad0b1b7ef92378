import { CRITERION, percent } from '../labels';

export interface MatchReason {
  criterion: string;
  text: string;
  contribution: number;
  weight: number;
  fulfilment: number;
}

/** The reasons of one match: each criterion's sentence and its part of the score, as a matchmaker reads them. */
export function Reasons({ reasons, notes }: { reasons: MatchReason[]; notes: string[] }) {
  const sorted = [...reasons].sort((a, b) => b.contribution - a.contribution);
  return (
    <details className="reasons">
      <summary>Waarom deze match?</summary>
      <ul className="reasons__list">
        {sorted.map((r) => (
          <li key={r.criterion}>
            <span className="reasons__criterion">{CRITERION[r.criterion] ?? r.criterion}</span>{' '}
            <span className="reasons__score">
              ({Math.round(r.contribution * 100)} van {Math.round(r.weight)} punten)
            </span>
            : {r.text}
          </li>
        ))}
      </ul>
      {notes.length > 0 && (
        <ul className="reasons__notes" aria-label="Opmerkingen">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

export function Score({ score }: { score: number }) {
  return (
    <span className="score" aria-label={`Score ${percent(score)}`}>
      <span className="score__bar" aria-hidden="true">
        <span className="score__fill" style={{ width: percent(score) }} />
      </span>
      <span className="score__value">{percent(score)}</span>
    </span>
  );
}
