/** The store's query groups, one per resource. Routes and commands import from here. */
export * from './api-tokens.js';
export * from './audit.js';
export * from './collection.js';
export * from './departments.js';
export * from './executor.js';
export * from './inbox-read.js';
export * from './invitations.js';
export * from './memberships.js';
export * from './mentions-read.js';
export * from './sessions.js';
export * from './sources.js';
export * from './topics.js';
export * from './users.js';
export * from './workspaces.js';
