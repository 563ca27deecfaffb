import type { PublicNoticeEntry } from '../../../db/schema';
import { noticePhase } from '../../../domain/publicNotices/publicNoticeRules';
import type { ManagedNotice, ModeratedComment, PublicNoticeView } from '../../../shared/contracts/publicNotices';
import type { listCampaignComments, listCampaignNotices, listPublicNotices } from './publicNoticeQueries';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * A notice as the public page shows it: only name, position and unit of each line (numbered from 1), and the approved
 * comments with the author's name and the line they are about — no id of a person, dossier or unit, no contact.
 */
export function toPublicViews(data: Awaited<ReturnType<typeof listPublicNotices>>, asOf: Date): PublicNoticeView[] {
  return data.notices.map((n) => {
    const lineOf = (dossierId: string | null) => {
      const i = dossierId === null ? -1 : n.entries.findIndex((e) => e.dossierId === dossierId);
      return i < 0 ? null : i + 1;
    };
    return {
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      publishedAt: n.publishedAt.toISOString(),
      opensAt: n.opensAt.toISOString(),
      closesAt: iso(n.closesAt),
      open: noticePhase(n, asOf) === 'open' && n.kind === 'proposed_list',
      entries: n.entries.map((e: PublicNoticeEntry, i) => ({ no: i + 1, name: e.name, position: e.position ?? null, unit: e.unitName })),
      comments: data.comments
        .filter((c) => c.noticeId === n.id)
        .map((c) => ({ authorName: c.authorName, body: c.body, entryNo: lineOf(c.dossierId), createdAt: new Date(c.createdAt).toISOString() })),
    };
  });
}

export function toManagedNotices(rows: Awaited<ReturnType<typeof listCampaignNotices>>, asOf: Date): ManagedNotice[] {
  return rows.map(({ notice: n, publishedBy, comments }) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    publishedAt: n.publishedAt.toISOString(),
    publishedBy: publishedBy ?? null,
    opensAt: n.opensAt.toISOString(),
    closesAt: iso(n.closesAt),
    withdrawnAt: iso(n.withdrawnAt),
    phase: noticePhase(n, asOf),
    entries: n.entries.map((e) => ({ dossierId: e.dossierId, nomineeKind: e.nomineeKind, name: e.name, position: e.position ?? null, unitName: e.unitName })),
    comments,
  }));
}

export function toModeratedComments(rows: Awaited<ReturnType<typeof listCampaignComments>>): ModeratedComment[] {
  return rows.map(({ comment: c, noticeTitle, entries, nominationId, moderatedBy }) => {
    const entry = c.dossierId ? entries.find((e) => e.dossierId === c.dossierId) : undefined;
    return {
      id: c.id,
      noticeId: c.noticeId,
      noticeTitle,
      authorName: c.authorName,
      authorContact: c.authorContact,
      body: c.body,
      nominee: c.dossierId && entry && nominationId ? { dossierId: c.dossierId, nominationId, name: entry.name } : null,
      status: c.status,
      createdAt: new Date(c.createdAt).toISOString(),
      moderatedAt: iso(c.moderatedAt),
      moderatedBy: moderatedBy ?? null,
      moderationNote: c.moderationNote,
    };
  });
}
