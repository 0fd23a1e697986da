import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

/** A labelled input with its error beside it, wired for screen readers. */
export function Field({ label, error, hint, children, wide }: { label: string; error?: string; hint?: ReactNode; children: ReactElement; wide?: boolean }) {
  const id = useId();
  const errorId = `${id}-error`;
  const control = isValidElement(children)
    ? cloneElement(children as ReactElement<Record<string, unknown>>, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined })
    : children;
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && !error && <small className="hint">{hint}</small>}
      {error && <small className="error-text" id={errorId}>{error}</small>}
    </div>
  );
}

export function ErrorSummary({ title, errors }: { title: string; errors: { field: string; text: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <strong>{title}</strong>
      <ul>{errors.map((e, i) => <li key={`${e.field}-${i}`}>{e.text}</li>)}</ul>
    </div>
  );
}
