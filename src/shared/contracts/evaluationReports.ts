import { z } from 'zod';

/** The narrative parts of the year-end evaluation report (IV.3): results, limits and lessons required, proposals optional. */
export const EvaluationNarrativeSchema = z.object({ results: z.string(), limits: z.string(), lessons: z.string(), proposals: z.string() });

const Counts = z.object({ excellent: z.number(), good: z.number(), fair: z.number(), average: z.number(), weak: z.number(), none: z.number() });
const ParYear = z.object({ year: z.number(), units: z.number(), average: z.number().nullable(), counts: Counts });

export const EvaluationFiguresSchema = z.object({
  participation: z.object({
    groups: z.array(z.object({ groupId: z.string(), groupName: z.string(), units: z.number(), registered: z.number(), individuals: z.number() })),
    kinds: z.array(z.object({ kind: z.string(), kindLabel: z.string(), units: z.number(), registered: z.number() })),
    totals: z.object({ units: z.number(), registered: z.number(), individuals: z.number() }),
  }),
  initiatives: z.object({ total: z.number(), units: z.number(), groups: z.array(z.object({ groupId: z.string(), groupName: z.string(), initiatives: z.number(), units: z.number() })) }),
  par: z.object({ current: ParYear, previous: ParYear }),
  nominations: z.object({ total: z.number(), byStage: z.record(z.string(), z.number()) }),
  awards: z.object({ decisions: z.number(), collectives: z.number(), individuals: z.number() }),
  deadlines: z.object({ registrationDeadline: z.string(), lateRegistrations: z.number(), dossierDeadline: z.string().nullable(), lateDossiers: z.number(), unsentDossiers: z.number() }),
  feedback: z.object({ total: z.number(), open: z.number(), answered: z.number(), closed: z.number(), averageHoursToAnswer: z.number().nullable() }),
});

/** The evaluation report page: the narrative as saved (null before the first save), who saved it, the figures now. */
export const EvaluationReportResponse = z.object({
  campaignId: z.string(),
  year: z.number(),
  narrative: EvaluationNarrativeSchema.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  figures: EvaluationFiguresSchema,
});
export type EvaluationReportResponse = z.infer<typeof EvaluationReportResponse>;
export type EvaluationNarrativeInput = z.infer<typeof EvaluationNarrativeSchema>;
