import { z } from 'zod';

/**
 * Công khai lấy ý kiến (DOMAIN §1.6). The public shapes (no login) carry only what may be public: a list's entries are
 * name, position and unit (`no` is the line number people refer to), never an id of a person, a dossier or a unit;
 * comments show the author's name and text, never the contact.
 */

/** One line of a public list. Exactly these fields: the public-page test checks it. */
export const PublicEntrySchema = z.strictObject({ no: z.number(), name: z.string(), position: z.string().nullable(), unit: z.string() });
export type PublicEntry = z.infer<typeof PublicEntrySchema>;

/** An approved comment, as the public sees it; `entryNo` = the line it is about, null for the whole list. */
export const PublicCommentViewSchema = z.strictObject({ authorName: z.string(), body: z.string(), entryNo: z.number().nullable(), createdAt: z.string() });
export type PublicCommentView = z.infer<typeof PublicCommentViewSchema>;

/** A notice on the public page: a proposed list with its comment period, or a published award decision. */
export const PublicNoticeViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['proposed_list', 'decision']),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  opensAt: z.string(),
  /** End of the comment period; null for a decision. */
  closesAt: z.string().nullable(),
  /** Open for comment now (server clock). */
  open: z.boolean(),
  entries: z.array(PublicEntrySchema),
  comments: z.array(PublicCommentViewSchema),
});
export type PublicNoticeView = z.infer<typeof PublicNoticeViewSchema>;

export const PublicNoticeListResponse = z.strictObject({ items: z.array(PublicNoticeViewSchema), asOf: z.string() });
export type PublicNoticeList = z.infer<typeof PublicNoticeListResponse>;

/** What a visitor is told after sending a comment. */
export const PublicCommentReceiptSchema = z.strictObject({ status: z.literal('pending'), message: z.string() });
export type PublicCommentReceipt = z.infer<typeof PublicCommentReceiptSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The secretariat's side (publicNotice.manage, publicComment.moderate)
// ---------------------------------------------------------------------------------------------------------------

export const PublicNoticeSettingsSchema = z.object({ enabled: z.boolean(), commentDays: z.number() });

/** A notice of the campaign as the secretariat manages it (withdrawn ones too), with its comment counts. */
export const ManagedNoticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['proposed_list', 'decision']),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  opensAt: z.string(),
  closesAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** 'open', 'closed', 'withdrawn' or 'not_yet_open' (domain noticePhase). */
  phase: z.enum(['open', 'closed', 'withdrawn', 'not_yet_open']),
  entries: z.array(z.object({ dossierId: z.string(), nomineeKind: z.enum(['unit', 'person']), name: z.string(), position: z.string().nullable(), unitName: z.string() })),
  comments: z.object({ pending: z.number(), approved: z.number(), rejected: z.number() }),
});
export type ManagedNotice = z.infer<typeof ManagedNoticeSchema>;

/** The public-notice page of a campaign: its option, who would be on a list published now, and its notices. */
export const CampaignPublicNoticesSchema = z.object({
  campaignId: z.string(),
  planNumber: z.string(),
  settings: PublicNoticeSettingsSchema,
  /** The dossiers a list published now would carry (the council's list, domain PROPOSED_LIST_STATUSES). */
  candidates: z.array(z.object({ dossierId: z.string(), name: z.string(), position: z.string().nullable(), unitName: z.string() })),
  notices: z.array(ManagedNoticeSchema),
});
export type CampaignPublicNotices = z.infer<typeof CampaignPublicNoticesSchema>;

/** A comment as the secretariat moderates it: the contact is shown here, and the nominee it names. */
export const ModeratedCommentSchema = z.object({
  id: z.string(),
  noticeId: z.string(),
  noticeTitle: z.string(),
  authorName: z.string(),
  authorContact: z.string().nullable(),
  body: z.string(),
  /** The nominee the comment is about (their file), or null for the whole list. */
  nominee: z.object({ dossierId: z.string(), nominationId: z.string(), name: z.string() }).nullable(),
  status: z.enum(['pending', 'approved', 'rejected']),
  createdAt: z.string(),
  moderatedAt: z.string().nullable(),
  moderatedBy: z.string().nullable(),
  moderationNote: z.string().nullable(),
});
export type ModeratedComment = z.infer<typeof ModeratedCommentSchema>;
export const ModeratedCommentListResponse = z.object({ items: z.array(ModeratedCommentSchema) });
export type ModeratedCommentList = z.infer<typeof ModeratedCommentListResponse>;

/** Approved public comments attached to one nominee's file (the dossier page). */
export const DossierPublicCommentsResponse = z.object({
  items: z.array(z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string(), noticeTitle: z.string(), moderatedAt: z.string().nullable(), moderationNote: z.string().nullable() })),
});
export type DossierPublicComments = z.infer<typeof DossierPublicCommentsResponse>;
