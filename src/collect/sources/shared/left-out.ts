/** The health note for what a pass fetched but could not keep as items, so nothing is left out in silence. */
export function leftOutNote(count: number, what: string, why: string): string | undefined {
  return count > 0 ? `${count} ${what} left out: ${why}` : undefined;
}
