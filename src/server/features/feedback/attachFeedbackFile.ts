import type { Db } from '../../../db/client';
import { attachments } from '../../../db/schema';
import { detectFileType } from '../../../documents/files/detectFileType';
import type { Actor } from '../../../domain/access/actor';
import { forbidden, validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { scanFileName } from '../registrations/signedScans';
import { FEEDBACK_ATTACHMENT_ENTITY, loadFeedbackMessage } from './feedbackQueries';
import { storeFile } from '../../kit/storeFile';

/**
 * Attaches a file (PDF, JPEG or PNG, judged from the content, within the upload limit — as the dossier scans) to a
 * message its author wrote: stored once per SHA-256, an attachments row carrying the thread's unit for scope, and its
 * audit row, in one transaction.
 */
export async function attachFeedbackFile(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { messageId: string; bytes: Buffer; fileName: string | undefined },
): Promise<string> {
  const { message, thread } = await loadFeedbackMessage(db, actor, input.messageId);
  if (message.authorUserId !== actor.userId) throw forbidden('Chỉ người viết tin nhắn mới đính kèm tệp vào tin nhắn đó.');
  if (input.fileName !== undefined && (/[/\\]/.test(input.fileName) || /[\u0000-\u001f\u007f]/.test(input.fileName))) {
    throw validation([{ path: 'fileName', message: 'Tên tệp: không được chứa đường dẫn («/», «\\») hay ký tự điều khiển' }]);
  }
  if (input.bytes.length === 0) throw validation([{ path: 'file', message: 'Tệp đính kèm: chưa chọn tệp hoặc tệp rỗng' }]);
  const type = detectFileType(input.bytes);
  if (!type) throw validation([{ path: 'file', message: 'Tệp đính kèm: nội dung không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp, không theo tên)' }]);
  const fileName = scanFileName(input.fileName, type, `phan-anh-${thread.id.slice(0, 8)}`);
  return db.transaction(async (tx) => {
    const sha256 = await storeFile(tx, input.bytes, type.mimeType);
    const [attachment] = await tx
      .insert(attachments)
      .values({ entityType: FEEDBACK_ATTACHMENT_ENTITY, entityId: message.id, kind: 'feedback_attachment', fileSha256: sha256, fileName, orgUnitId: thread.orgUnitId, uploadedById: actor.userId })
      .returning({ id: attachments.id });
    await writeAudit(tx, ctx, {
      action: 'feedback.attach',
      entityType: 'feedbackThread',
      entityId: thread.id,
      orgUnitId: thread.orgUnitId,
      after: { messageId: message.id, attachmentId: attachment.id, fileName, sha256, size: input.bytes.length, mimeType: type.mimeType },
    });
    return attachment.id;
  });
}
