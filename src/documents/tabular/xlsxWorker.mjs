// Entry of the XLSX worker thread: loads xlsxWorker.ts through tsx's API, which works whether the parent runs
// under tsx (the server, the CLI) or not (Vitest, whose own transform does not reach worker threads).
import { tsImport } from 'tsx/esm/api';

await tsImport('./xlsxWorker.ts', import.meta.url);
