import type { z } from 'zod';

/**
 * A refusal the user can act on: which field (path into the input) and which message key
 * (`errors.*` in the locale files), with values to fill in.
 */
export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

export class ValidationFailed extends Error {
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.key}`).join('; '));
    this.name = 'ValidationFailed';
  }
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    key: issue.message.startsWith('errors.') ? issue.message : 'errors.invalid',
    ...(issue.code === 'custom' && issue.params ? { params: issue.params as Record<string, string | number> } : {}),
  }));
}

/** Parses or throws ValidationFailed naming every bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationFailed(issuesToErrors(result.error.issues));
  return result.data;
}

/** Names records in a refusal: up to `max` of them, then how many more ("A, B, C … (+12)"). */
export function namedList(names: readonly string[], max = 5): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} … (+${names.length - max})`;
}

/** Throws ValidationFailed when a rule found anything wrong. */
export function refuseAny(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new ValidationFailed([...errors]);
}
