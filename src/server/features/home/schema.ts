import { z } from 'zod';

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

export const TasksResponse = z.object({ asOf: z.string(), items: z.array(TaskSchema) });
