/**
 * Roles inside a workspace and what each may do. Pure rules, no I/O:
 * every route asks `can(role, action)` before it touches data.
 */

export const roles = ['admin', 'analyst', 'handler', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'workspace.read',
  'workspace.manage', // rename, members, departments
  'audit.read',
  'mention.read',
  'mention.write', // push or import mentions
  'topic.read',
  'topic.write',
  'source.read',
  'source.write',
  'department.read',
  'case.handle', // handle cases and transfer slips (later stage)
] as const;
export type Action = (typeof actions)[number];

const grants: Record<Role, readonly Action[]> = {
  admin: actions,
  analyst: [
    'workspace.read',
    'mention.read',
    'mention.write',
    'topic.read',
    'topic.write',
    'source.read',
    'source.write',
    'department.read',
    'case.handle',
  ],
  handler: ['workspace.read', 'mention.read', 'topic.read', 'source.read', 'department.read', 'case.handle'],
  viewer: ['workspace.read', 'mention.read', 'topic.read', 'source.read', 'department.read'],
};

export function can(role: Role, action: Action): boolean {
  return grants[role].includes(action);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Admin' },
  analyst: { zh: '分析员', en: 'Analyst' },
  handler: { zh: '处置员', en: 'Handler' },
  viewer: { zh: '只读', en: 'Viewer' },
};
