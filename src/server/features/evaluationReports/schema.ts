import { z } from 'zod';

export const IdParams = z.strictObject({ id: z.uuid() });

/** The narrative parts: results, limits and lessons must be written; proposals may stay empty. */
export const EvaluationNarrativeBody = z.strictObject({
  results: z.string().trim().min(1).max(20_000),
  limits: z.string().trim().min(1).max(20_000),
  lessons: z.string().trim().min(1).max(20_000),
  proposals: z.string().trim().max(20_000).default(''),
});

export const EvaluationFileQuery = z.strictObject({ format: z.enum(['docx', 'pdf']).default('docx') });

export { EvaluationReportResponse } from '../../../shared/contracts/evaluationReports';
