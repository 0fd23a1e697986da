/**
 * An overseas location's name in a UI language: the English name on English screens and
 * files when one is set, the (usually Chinese) name otherwise.
 */
export function locationName(l: { name: string; nameEn?: string }, language: string): string {
  return !language.startsWith('zh') && l.nameEn?.trim() ? l.nameEn.trim() : l.name;
}

/** The name of the location with this id, or the id itself when it is gone. */
export function locationNameById(locations: readonly { id: string; name: string; nameEn?: string }[] | undefined, id: string, language: string): string {
  const l = locations?.find((x) => x.id === id);
  return l ? locationName(l, language) : id;
}
