import { ReactNode, useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';

/** Small wrappers around the NL Design System (Utrecht) CSS components, so every screen uses the same markup. */

export function Heading({ level, children, id }: { level: 1 | 2 | 3; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

/** The page title; focused after navigation so keyboard and screen-reader users land at the new content. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
    document.title = `${typeof children === 'string' ? children : 'WSP'} - WSP Matching`;
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 page-title">
      {children}
    </h1>
  );
}

export function P({ children, small }: { children: ReactNode; small?: boolean }) {
  return <p className={`utrecht-paragraph${small ? ' utrecht-paragraph--small' : ''}`}>{children}</p>;
}

export function Alert({ type, children }: { type: 'error' | 'info' | 'ok' | 'warning'; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function ErrorAlert({ message }: { message: string | null }) {
  return message ? <Alert type="error">{message}</Alert> : null;
}

/** Long work shows progress: a polite live region, so a screen reader hears it too. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="utrecht-paragraph loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {what} laden...
    </p>
  );
}

/** A record's page without its record: loading it, or the page title with why it is not there. */
export function RecordMissing({ title, loading, error, notFound }: { title: string; loading: boolean; error: string | null; notFound: string }) {
  if (loading) return <Loading what={title} />;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <ErrorAlert message={error ?? notFound} />
    </>
  );
}

/** An empty state says what to do next. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="utrecht-spotlight-section utrecht-spotlight-section--info empty-state">
      <p className="utrecht-paragraph">
        <strong>{title}</strong>
      </p>
      {children}
    </section>
  );
}

export function Button({
  children,
  kind = 'primary',
  type = 'button',
  busy,
  ...rest
}: { children: ReactNode; kind?: 'primary' | 'secondary' | 'subtle'; busy?: boolean } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type={type}
      className={`utrecht-button utrecht-button--${kind}-action${busy ? ' utrecht-button--busy' : ''}`}
      aria-busy={busy || undefined}
      disabled={busy || rest.disabled}
      {...rest}
    >
      {children}
    </button>
  );
}

/** A submit button on its own line, as every form here ends. */
export function SubmitButton({ busy, children }: { busy?: boolean; children: ReactNode }) {
  return (
    <div>
      <Button type="submit" busy={busy}>
        {children}
      </Button>
    </div>
  );
}

export function ButtonLink({ to, children, kind = 'secondary' }: { to: string; children: ReactNode; kind?: 'primary' | 'secondary' }) {
  return (
    <Link to={to} className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${kind}-action`}>
      {children}
    </Link>
  );
}

export function TextLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="utrecht-link utrecht-link--html-a">
      {children}
    </Link>
  );
}

interface FieldProps {
  label: string;
  error?: string;
  description?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string; className: string }) => ReactNode;
  kind?: 'textbox' | 'select' | 'textarea';
}

/** Label, input, description and the error at the field, linked for assistive technology. */
export function Field({ label, error, description, children, kind = 'textbox' }: FieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({
          id,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          className: `utrecht-${kind} utrecht-${kind}--html-${kind === 'textbox' ? 'input' : kind}${error ? ` utrecht-${kind}--invalid` : ''}`,
        })}
      </div>
    </div>
  );
}

/** A select in a Field: an optional empty first choice (`placeholder`), then each [value, label]. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<readonly [string, ReactNode]>;
  placeholder?: string;
  error?: string;
}) {
  return (
    <Field label={label} error={error} kind="select">
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({ label, checked, onChange, error }: { label: string; checked: boolean; onChange: (checked: boolean) => void; error?: string }) {
  const id = useId();
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** A section titled by its h2, which names it for assistive technology (and is the target of in-page links). */
export function Section({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a query shows before its answer: the error, or while the first answer is on its way, that it loads. */
export function QueryStatus({ error, loading, what }: { error: string | null; loading: boolean; what: string }) {
  return (
    <>
      <ErrorAlert message={error} />
      {loading && <Loading what={what} />}
    </>
  );
}

/** A table's column headers; a numeric column is marked `{ label, numeric: true }`. */
export function TableHead({ columns }: { columns: Array<string | { label: string; numeric: true }> }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {columns.map((c) => {
          const [label, numeric] = typeof c === 'string' ? [c, false] : [c.label, c.numeric];
          return (
            <th key={label} className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}`} scope="col">
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export function StatusBadge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'success' | 'warning' | 'danger' | 'active' }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone}`}>{children}</span>;
}

export function DataList({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows data-list">
      {items.map(([key, value]) => (
        <div className="utrecht-data-list__item" key={key}>
          <dt className="utrecht-data-list__item-key">{key}</dt>
          <dd className="utrecht-data-list__item-value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
