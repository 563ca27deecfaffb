import { z } from 'zod';
import { FeedbackStatusSchema } from '../../../shared/contracts/feedback';

export const FeedbackIdParams = z.strictObject({ id: z.uuid() });
export const FeedbackMessageParams = z.strictObject({ messageId: z.uuid() });
export const FeedbackAttachmentParams = z.strictObject({ attachmentId: z.uuid() });

export const FeedbackListQuery = z.strictObject({
  status: FeedbackStatusSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** A new thread: subject, the difficulty, optionally the campaign it is about. */
export const RaiseFeedbackBody = z.strictObject({
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(10_000),
  campaignId: z.uuid().nullish(),
});

export const FeedbackMessageBody = z.strictObject({ body: z.string().trim().min(1).max(10_000) });

export const FeedbackAttachmentQuery = z.strictObject({ fileName: z.string().max(255).optional() });

export { FeedbackThreadListResponse, FeedbackThreadSchema } from '../../../shared/contracts/feedback';
