import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { errorSentence } from '../errors';
import { graphql } from '../gql';
import { PLACEMENT_STATUS } from '../labels';
import { Alert, Button, Field, StatusBadge, TextLink } from './ui';

const ProposeMutation = graphql(`
  mutation ProposeCandidate($vacancyId: ID!, $candidateId: ID!, $note: String) {
    proposeCandidate(vacancyId: $vacancyId, candidateId: $candidateId, note: $note) {
      id
      status
      candidateId
      vacancyId
    }
  }
`);

export interface ExistingPlacement {
  id: string;
  status: string;
}

/**
 * Voordragen: proposes the candidate for this vacancy (a voordracht at PROPOSED) with an optional note. A
 * candidate who already has a voordracht here shows its step instead of the button.
 */
export function ProposeCandidate({
  vacancyId,
  candidateId,
  name,
  existing,
  onProposed,
  canPropose = true,
}: {
  vacancyId: string;
  candidateId: string;
  name: string;
  existing?: ExistingPlacement;
  onProposed: () => void;
  canPropose?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [result, propose] = useMutation(ProposeMutation);
  const formId = useId();
  const proposed = result.data?.proposeCandidate ?? existing;

  if (proposed) {
    return (
      <div className="voordragen" data-testid="voordragen">
        {result.data && <Alert type="ok">{name} is voorgedragen.</Alert>}
        <p className="utrecht-paragraph">
          <StatusBadge tone="active">{PLACEMENT_STATUS[proposed.status] ?? proposed.status}</StatusBadge>{' '}
          <TextLink to={`/plaatsingen/${proposed.id}`}>Bekijk de voordracht</TextLink>
        </p>
      </div>
    );
  }

  if (!canPropose) return null;
  return (
    <div className="voordragen" data-testid="voordragen">
      {!open ? (
        <Button kind="secondary" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={formId}>
          Voordragen
        </Button>
      ) : (
        <form
          id={formId}
          className="form voordragen__form"
          aria-label={`${name} voordragen`}
          onSubmit={async (e) => {
            e.preventDefault();
            const answer = await propose({ vacancyId, candidateId, note: note.trim() || null });
            if (!answer.error) onProposed();
          }}
        >
          <Field label="Notitie bij de voordracht (optioneel)" description="Alleen zichtbaar voor collega's van het WSP.">
            {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />}
          </Field>
          {result.error && <Alert type="error">{errorSentence(result.error)}</Alert>}
          <div className="utrecht-button-group">
            <Button type="submit" busy={result.fetching}>
              {name} voordragen
            </Button>
            <Button kind="subtle" onClick={() => setOpen(false)}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
