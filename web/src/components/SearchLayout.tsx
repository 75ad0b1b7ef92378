import { ReactNode, useState } from 'react';
import { graphql } from '../gql';
import { useCategories } from '../reference';
import { FacetData, Facets } from './Facets';
import { ErrorAlert } from './ui';

/** What the search pages (Kandidaten, Vacatures) share: the form, the facet selection and the layout beside the results. */

graphql(`
  fragment FacetFields on Facet {
    field
    values {
      value
      count
    }
  }
`);

export interface FacetSelection {
  /** Per facet field, the values ticked. */
  selected: Record<string, string[]>;
  toggle: (field: string, value: string) => void;
}

export function useFacetSelection(): FacetSelection {
  const [selected, setSelected] = useState<Record<string, string[]>>({});
  function toggle(field: string, value: string) {
    setSelected((current) => {
      const values = current[field] ?? [];
      return { ...current, [field]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] };
    });
  }
  return { selected, toggle };
}

/** The results follow the typing, so submitting the form has nothing to do. */
export function SearchForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form role="search" aria-label={label} className="search-form" onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}

/** The page's error above; below, the facets (once there is an answer) beside the results. */
export function SearchLayout({
  result,
  selection,
  filterable,
  error,
  children,
}: {
  result?: { facets: FacetData[]; totalCountExact: boolean };
  selection: FacetSelection;
  filterable: Set<string>;
  error: string | null;
  children: ReactNode;
}) {
  const { labels } = useCategories();
  return (
    <>
      <ErrorAlert message={error} />
      <div className="search-layout">
        {result && (
          <Facets facets={result.facets} selected={selection.selected} onToggle={selection.toggle} filterable={filterable} categories={labels} approximate={!result.totalCountExact} />
        )}
        {children}
      </div>
    </>
  );
}
