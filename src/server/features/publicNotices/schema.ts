import { z } from 'zod';
import { COMMENT_STATUSES, MAX_COMMENT_DAYS } from '../../../domain/publicNotices/publicNoticeRules';

/** The answers are the contract in src/shared/contracts/publicNotices.ts. */
export {
  CampaignPublicNoticesSchema,
  DossierPublicCommentsResponse,
  ManagedNoticeSchema,
  ModeratedCommentListResponse,
  ModeratedCommentSchema,
  PublicCommentReceiptSchema,
  PublicNoticeListResponse,
  PublicNoticeSettingsSchema,
} from '../../../shared/contracts/publicNotices';

/** A visitor's comment is small: anything larger than this is refused before it is parsed (413). */
export const COMMENT_BODY_LIMIT_BYTES = 16 * 1024;

export const CampaignIdParams = z.strictObject({ id: z.uuid() });
export const NoticeIdParams = z.strictObject({ id: z.uuid() });
export const CommentIdParams = z.strictObject({ id: z.uuid() });
export const NominationIdParams = z.strictObject({ id: z.uuid() });

const text = (max: number) => z.string().trim().overwrite((s) => s.normalize('NFC')).max(max);

export const PublishNoticeBody = z.strictObject({
  /** Defaults to "Danh sách đề nghị khen thưởng theo Kế hoạch số … — lấy ý kiến nhân dân". */
  title: text(500).optional(),
  /** The introduction shown above the list; a default names the award, the theme and the closing time. */
  body: text(4000).optional(),
});

export const WithdrawNoticeBody = z.strictObject({ reason: text(2000).min(1) });

export const NoticeSettingsBody = z.strictObject({
  enabled: z.boolean(),
  commentDays: z.number().int().min(1).max(MAX_COMMENT_DAYS),
});

export const PublicCommentBody = z.strictObject({
  authorName: text(200).min(1),
  /** Phone or e-mail, for the secretariat only; never shown publicly. */
  contact: text(200).nullable().optional(),
  body: text(4000).min(1),
  /** The line of the list the comment is about (1-based); absent or null for the whole list. */
  entryNo: z.number().int().min(1).max(100_000).nullable().optional(),
});

export const ModerateCommentBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: text(1000).nullable().optional(),
});

export const CommentListQuery = z.strictObject({ status: z.enum(COMMENT_STATUSES).optional() });
