/** Presenting what a workspace watches and how it is organised: topics and departments (sources: `sources.ts`). */
import type { DepartmentRecord, TopicRecord } from '../../store/queries/index.js';
import type { DepartmentView } from '../schemas/departments.js';
import type { TopicView } from '../schemas/topics.js';
import { iso } from './time.js';

export function presentTopic(t: TopicRecord): TopicView {
  return { id: t.id, name: t.name, query: t.query, active: t.active, createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt) };
}

export function presentDepartment(d: DepartmentRecord): DepartmentView {
  return { id: d.id, name: d.name, parentId: d.parentId, createdAt: iso(d.createdAt) };
}
