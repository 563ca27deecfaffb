/**
 * `npm run bench:documents`: documents per second for the registration form, the Mẫu 07 achievement report, the Tờ
 * trình, the award decision (DOCX and PDF) and a Bằng khen certificate (PDF), rendered on this thread (with the CPU
 * time of one document) and through the document worker pool (renderDocument, as the server does), several in
 * flight. Goal (issue 13 §4): the registration form at ≥ 200 DOCX/s and ≥ 50 PDF/s; exits 1 when missed.
 * Options (env): BENCH_DOC_SECONDS (1.5 per figure).
 */
import { renderInProcess, type DocumentJob } from '../src/documents/rendering/documentJob';
import { closeDocumentWorkers, DOCUMENT_WORKERS, renderDocument } from '../src/documents/rendering/renderDocument';
import { awardEntries, certificateDecision, sampleModels } from './documentSamples';

const SECONDS = Number(process.env.BENCH_DOC_SECONDS ?? 1.5);
const GOAL = { docx: 200, pdf: 50 };

const jobs: { name: string; job: DocumentJob }[] = [
  ...Object.entries(sampleModels).flatMap(([name, model]) => (['docx', 'pdf'] as const).map((format) => ({ name: `${name} ${format.toUpperCase()}`, job: { format, model } }))),
  { name: 'Certificate PDF', job: { format: 'certificates', entries: [awardEntries[1]], decision: certificateDecision } },
];

async function singleThread(job: DocumentJob) {
  for (let i = 0; i < 3; i++) await renderInProcess(job);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < SECONDS * 1000) {
    await renderInProcess(job);
    n++;
  }
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: (n * 1000) / (performance.now() - t0), cpuMs: (cpu.user + cpu.system) / 1000 / n };
}

async function pooled(job: DocumentJob) {
  const inFlight = DOCUMENT_WORKERS.size * 2;
  await Promise.all(Array.from({ length: inFlight }, () => renderDocument(job)));
  const t0 = performance.now();
  let n = 0;
  const loop = async () => {
    while (performance.now() - t0 < SECONDS * 1000) {
      await renderDocument(job);
      n++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return (n * 1000) / (performance.now() - t0);
}

export async function documentsBench(): Promise<boolean> {
  console.log(`\nDocuments per second (bench/documents.ts; ${SECONDS} s a figure; pool of ${DOCUMENT_WORKERS.size} thread(s), ${DOCUMENT_WORKERS.size * 2} in flight):\n`);
  console.log('| Document | this thread /s | CPU ms each | pool /s |');
  console.log('| --- | ---: | ---: | ---: |');
  const results = new Map<string, number>();
  for (const { name, job } of jobs) {
    const single = await singleThread(job);
    const pool = await pooled(job);
    results.set(name, Math.max(single.perSecond, pool));
    console.log(`| ${name} | ${single.perSecond.toFixed(1)} | ${single.cpuMs.toFixed(1)} | ${pool.toFixed(1)} |`);
  }
  await closeDocumentWorkers();
  const docx = results.get('Registration form DOCX')!;
  const pdf = results.get('Registration form PDF')!;
  const ok = docx >= GOAL.docx && pdf >= GOAL.pdf;
  console.log(`\nRegistration form: ${docx.toFixed(0)} DOCX/s (goal ≥ ${GOAL.docx}), ${pdf.toFixed(0)} PDF/s (goal ≥ ${GOAL.pdf}): ${ok ? 'met' : 'MISSED'}`);
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  documentsBench().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
