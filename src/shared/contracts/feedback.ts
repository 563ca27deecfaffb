import { z } from 'zod';
import { pageOf } from './page';

/**
 * The answers of the feedback API (/api/feedback…; phản ánh, vướng mắc, issue 11 item 7): the server serialises with
 * these schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */
export const FeedbackStatusSchema = z.enum(['open', 'answered', 'closed']);

/** One thread in the list: the raising unit, the status, and since when the unit has waited for an answer. */
export const FeedbackThreadSummarySchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: FeedbackStatusSchema,
  orgUnitId: z.string(),
  unitName: z.string(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
  messageCount: z.number().int(),
  /** The unit's first message after Sở Nội vụ's last reply; null when nothing waits (answered or closed). */
  waitingSince: z.string().nullable(),
  /** How long it has waited, in days and hours ("3 ngày 4 giờ"); null when nothing waits. */
  waiting: z.string().nullable(),
});
export type FeedbackThreadSummary = z.infer<typeof FeedbackThreadSummarySchema>;
export const FeedbackThreadListResponse = pageOf(FeedbackThreadSummarySchema);

export const FeedbackAttachmentSchema = z.object({ id: z.string(), fileName: z.string(), size: z.number().int(), mimeType: z.string() });

export const FeedbackMessageSchema = z.object({
  id: z.string(),
  side: z.enum(['unit', 'secretariat']),
  authorName: z.string().nullable(),
  authorUnitName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** Written by the reader: they may attach files to it. */
  own: z.boolean(),
  attachments: z.array(FeedbackAttachmentSchema),
});
export type FeedbackMessage = z.infer<typeof FeedbackMessageSchema>;

/** A thread with its messages (oldest first) and what the reader may do with it. */
export const FeedbackThreadSchema = FeedbackThreadSummarySchema.extend({
  messages: z.array(FeedbackMessageSchema),
  can: z.object({ reply: z.boolean(), answer: z.boolean(), close: z.boolean() }),
});
export type FeedbackThread = z.infer<typeof FeedbackThreadSchema>;
