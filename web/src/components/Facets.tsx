import { useId } from 'react';
import { FACET, facetValueLabel } from '../labels';

export interface FacetData {
  field: string;
  values: Array<{ value: string; count: number }>;
}

/**
 * Facet counts as checkboxes: a ticked value narrows the search. Fields the API cannot filter on are shown as
 * counts only.
 */
export function Facets({
  facets,
  selected,
  onToggle,
  filterable,
  categories,
  approximate,
}: {
  facets: FacetData[];
  selected: Record<string, string[]>;
  onToggle: (field: string, value: string) => void;
  filterable: Set<string>;
  categories: Map<string, string>;
  approximate: boolean;
}) {
  const shown = facets.filter((f) => f.values.length > 0);
  if (shown.length === 0) return null;
  return (
    <aside aria-label="Verfijnen" className="facets">
      <h2 className="utrecht-heading-3">Verfijnen</h2>
      {shown.map((facet) => (
        <FacetGroup
          key={facet.field}
          facet={facet}
          selected={selected[facet.field] ?? []}
          onToggle={(value) => onToggle(facet.field, value)}
          filterable={filterable.has(facet.field)}
          categories={categories}
          approximate={approximate}
        />
      ))}
    </aside>
  );
}

function FacetGroup({
  facet,
  selected,
  onToggle,
  filterable,
  categories,
  approximate,
}: {
  facet: FacetData;
  selected: string[];
  onToggle: (value: string) => void;
  filterable: boolean;
  categories: Map<string, string>;
  approximate: boolean;
}) {
  const id = useId();
  const values = facet.values.filter((v) => v.value !== 'false').slice(0, 12);
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset facet">
      <legend className="utrecht-form-fieldset__legend facet__legend">{FACET[facet.field] ?? facet.field}</legend>
      <ul className="facet__list">
        {values.map((v, index) => {
          const label = `${facetValueLabel(facet.field, v.value, categories)} (${approximate ? 'ca. ' : ''}${v.count})`;
          return (
            <li key={v.value}>
              {filterable ? (
                <>
                  <input
                    id={`${id}-${index}`}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={selected.includes(v.value)}
                    onChange={() => onToggle(v.value)}
                  />{' '}
                  <label htmlFor={`${id}-${index}`} className="utrecht-form-label utrecht-form-label--checkbox">
                    {label}
                  </label>
                </>
              ) : (
                <span>{label}</span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
