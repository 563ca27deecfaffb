// Entry of the document worker thread: loads documentWorker.ts through tsx's API, which works whether the parent
// runs under tsx (the server, the CLI) or not (Vitest, whose own transform does not reach worker threads).
import { tsImport } from 'tsx/esm/api';

await tsImport('./documentWorker.ts', import.meta.url);
