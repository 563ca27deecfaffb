/** The answers (TaskSchema, TasksResponse) are the contract in src/shared/contracts/home.ts. */
export { TaskSchema, TasksResponse } from '../../../shared/contracts/home';
