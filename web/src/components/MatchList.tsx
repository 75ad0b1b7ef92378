import type { ReactNode } from 'react';
import { graphql } from '../gql';
import { CRITERION, percent } from '../labels';

// Why a match fits and what it misses, the same for both directions (VacancyMatch, CandidateMatch).
graphql(`
  fragment MatchReasonFields on MatchReasonType {
    criterion
    text
    contribution
    weight
    fulfilment
  }
`);

graphql(`
  fragment UnmetRequirementFields on UnmetRequirementType {
    requirement
    text
  }
`);

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

/** One match in a list: its title and score, what it misses, then what the caller adds (reasons, actions). */
export function MatchCardFrame({ title, score, unmet, children }: { title: ReactNode; score: number; unmet: Array<{ text: string }>; children: ReactNode }) {
  return (
    <li className="result-card match-card">
      <div className="match-card__head">
        {title}
        <Score score={score} />
      </div>
      {unmet.length > 0 && (
        <p className="utrecht-paragraph unmet">
          <strong>Mist:</strong> {unmet.map((u) => u.text).join('; ')}
        </p>
      )}
      {children}
    </li>
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
