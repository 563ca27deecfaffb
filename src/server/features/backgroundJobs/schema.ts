import { z } from 'zod';

export const IdParams = z.strictObject({ id: z.uuid() });

export { BackgroundJobResponse, BackgroundJobStarted } from '../../../shared/contracts/backgroundJobs';
