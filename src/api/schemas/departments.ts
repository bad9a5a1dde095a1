/** Wire shapes for a workspace's departments (the units transfer slips and assessments go to). */
import { z } from '@hono/zod-openapi';

export const departmentViewSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    parentId: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('Department');

export const departmentListSchema = z.object({ items: z.array(departmentViewSchema) }).openapi('DepartmentList');

export const createDepartmentBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    parentId: z.number().int().positive().nullable().optional(),
  })
  .openapi('CreateDepartmentRequest');

export type DepartmentView = z.infer<typeof departmentViewSchema>;
export type CreateDepartmentBody = z.infer<typeof createDepartmentBodySchema>;
