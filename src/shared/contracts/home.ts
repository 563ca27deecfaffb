import { z } from 'zod';

/**
 * The answer of the home page's task list (GET /api/home/tasks): the server serialises with these schemas and
 * documents them (OpenAPI); the web takes their types (`import type`).
 */

/** One task of the signed-in role (src/domain/home/tasksForActor.ts): what to do, by when, where, under which clause. */
export const TaskSchema = z.object({
  campaignId: z.string(),
  campaignLabel: z.string(),
  title: z.string(),
  detail: z.string(),
  href: z.string(),
  dueAt: z.string().nullable(),
  dueText: z.string().nullable(),
  state: z.enum(['todo', 'waiting', 'done', 'overdue']),
  clause: z.string(),
});

export type Task = z.infer<typeof TaskSchema>;

export const TasksResponse = z.object({ asOf: z.string(), items: z.array(TaskSchema) });
export type TaskList = z.infer<typeof TasksResponse>;
