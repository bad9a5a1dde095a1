/** Titles as the pipeline stores them: a post without a title gets the start of its text as one. */

/** Whether `title` is only the start of `text`, so showing both would say the same thing twice. */
export function derivedTitle(title: string, text: string): boolean {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const head = flat(title).replace(/(…|\.\.\.)$/, '');
  return head !== '' && flat(text).startsWith(head);
}
