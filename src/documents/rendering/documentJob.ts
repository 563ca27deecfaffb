/**
 * What a document thread renders: a document model as DOCX or PDF, or a batch of Bằng khen certificates (their own
 * landscape layout). Plain data only, so a job crosses to a worker thread by structured clone.
 */
import type { AwardEntry } from '../../domain/awards/awardSnapshot';
import { renderCertificatesPdf, type CertificateDecision } from '../awards/renderCertificates';
import type { DocumentModel } from '../layout/documentModel';
import { renderDocx } from '../layout/renderDocx';
import { renderPdf } from '../layout/renderPdf';

export type DocumentJob =
  | { format: 'docx' | 'pdf'; model: DocumentModel }
  | { format: 'certificates'; entries: readonly AwardEntry[]; decision: CertificateDecision };

/** Renders on the calling thread (the worker thread itself, the fallback, the benchmark's single-thread figures). */
export function renderInProcess(job: DocumentJob): Promise<Buffer> {
  switch (job.format) {
    case 'docx':
      return renderDocx(job.model);
    case 'pdf':
      return renderPdf(job.model);
    case 'certificates':
      return renderCertificatesPdf(job.entries, job.decision);
  }
}
