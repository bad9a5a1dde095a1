/** A workspace's severity model (the defaults until workspaces can edit theirs). */
import { DEFAULT_SEVERITY_MODEL, type SeverityModel } from '../../severity/index.js';
import type { Db } from '../dialect.js';

export async function readSeverityModel(_db: Db, _workspaceId: number): Promise<SeverityModel> {
  return DEFAULT_SEVERITY_MODEL;
}
