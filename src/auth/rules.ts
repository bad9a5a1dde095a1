/** Rules for usernames and passwords, pure (no imports) so the wire schemas and the web app can share them. */

/** Letters (any script), digits and `. _ @ -`, 2 to 64 characters. */
export const usernamePattern = /^[\p{L}\p{N}._@-]{2,64}$/u;
export const minPasswordLength = 8;
