/** Presenting what a workspace watches and how it is organised: topics, sources, departments. */
import type { DepartmentRecord, SourceRecord, TopicRecord } from '../../store/queries/index.js';
import type { DepartmentView } from '../schemas/departments.js';
import type { SourceView } from '../schemas/sources.js';
import type { TopicView } from '../schemas/topics.js';
import { iso } from './time.js';

export function presentTopic(t: TopicRecord): TopicView {
  return { id: t.id, name: t.name, query: t.query, active: t.active, createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt) };
}

export function presentSource(s: SourceRecord): SourceView {
  return { id: s.id, key: s.key, name: s.name, kind: s.kind, active: s.active, createdAt: iso(s.createdAt) };
}

export function presentDepartment(d: DepartmentRecord): DepartmentView {
  return { id: d.id, name: d.name, parentId: d.parentId, createdAt: iso(d.createdAt) };
}
