/** The access decision: membership first, then the role’s grant. */
import { describe, expect, it } from 'vitest';
import { decideAccess } from './access.js';

describe('decideAccess', () => {
  it.each([
    [undefined, 'workspace.read', 'not_found'],
    [undefined, 'mention.read', 'not_found'],
    ['viewer', 'mention.read', 'allow'],
    ['viewer', 'topic.write', 'forbidden'],
    ['handler', 'mention.write', 'forbidden'],
    ['analyst', 'mention.write', 'allow'],
    ['analyst', 'workspace.manage', 'forbidden'],
    ['analyst', 'audit.read', 'forbidden'],
    ['admin', 'audit.read', 'allow'],
  ] as const)('%s asking for %s → %s', (role, action, expected) => {
    expect(decideAccess(role, action)).toBe(expected);
  });
});
