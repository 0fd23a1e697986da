import { monotonicFactory } from 'ulid';

/**
 * Every record's key is a ULID: globally unique (a later team sync needs no key migration)
 * and sortable by creation time.
 */
const next = monotonicFactory();

export function newId(): string {
  return next();
}
