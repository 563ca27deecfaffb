/** Starting a job lives in the kit (kit/jobs/backgroundJob.ts), so a feature below this one (an import) can start one. */
export { startBackgroundJob } from '../../kit/jobs/backgroundJob';
