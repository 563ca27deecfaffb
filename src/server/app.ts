import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import '../shared/zodVietnamese';
import type { Database } from '../db/client';
import type { Config } from './config';
import { systemClock, type AppDeps } from './deps';
import { createJobQueue, type JobQueue } from './kit/jobs/jobQueue';
import { installErrorHandler } from './errorHandler';
import { sessionPlugin, type RouteAccess } from './kit/session';
import { installStrictJsonParser } from './strictJsonParser';
import { clientErrorHandler, frameworkErrors, installRequestGuards, installTextGuard, MAX_PARAM_LENGTH } from './requestGuards';
import { authRoutes } from './features/auth/authRoutes';
import { orgUnitRoutes } from './features/orgUnits/orgUnitRoutes';
import { userRoutes } from './features/users/userRoutes';
import { auditRoutes } from './features/audit/auditRoutes';
import { parResultRoutes } from './features/par/parResultRoutes';
import { ratingRoutes } from './features/campaignInputs/ratingRoutes';
import { holidayCalendarRoutes } from './features/holidayCalendars/holidayCalendarRoutes';
import { trustedCertificateRoutes } from './features/trustedCertificates/trustedCertificateRoutes';
import { signatureRoutes } from './features/trustedCertificates/signatureRoutes';
import { eligibilityRoutes } from './features/eligibility/eligibilityRoutes';
import { ruleSetRoutes } from './features/ruleSets/ruleSetRoutes';
import { campaignRoutes } from './features/campaigns/campaignRoutes';
import { registrationRoutes } from './features/registrations/registrationRoutes';
import { consolidationRoutes } from './features/consolidations/consolidationRoutes';
import { initiativeRoutes } from './features/initiatives/initiativeRoutes';
import { registrationDocumentRoutes } from './features/registrations/registrationDocumentRoutes';
import { unitMeritCriteriaRoutes } from './features/unitMeritCriteria/unitMeritCriteriaRoutes';
import { nominationRoutes } from './features/nominations/nominationRoutes';
import { selectionRoutes } from './features/nominations/selectionRoutes';
import { notificationRoutes } from './features/notifications/notificationRoutes';
import { dossierRoutes } from './features/dossiers/dossierRoutes';
import { awardRoutes } from './features/awards/awardRoutes';
import { appraisalRoutes } from './features/appraisal/appraisalRoutes';
import { councilRoutes } from './features/council/councilRoutes';
import { personRoutes } from './features/people/personRoutes';
import { homeRoutes } from './features/home/homeRoutes';
import { publicNoticeRoutes } from './features/publicNotices/publicNoticeRoutes';
import { feedbackRoutes } from './features/feedback/feedbackRoutes';
import { reportRoutes } from './features/reports/reportRoutes';
import { dashboardRoutes } from './features/dashboard/dashboardRoutes';
import { evaluationReportRoutes } from './features/evaluationReports/evaluationReportRoutes';
import { backgroundJobRoutes } from './features/backgroundJobs/backgroundJobRoutes';
import { responseSerializerCompiler } from './kit/responseSerializer';

export const API_VERSION = '0.1.0';

/** An API route as registered: method, URL with its :params, and who may reach it (`config.access`). */
export type ApiRoute = { method: string; url: string; access?: RouteAccess };

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}

/** Headers of every answer, router errors included. */
export function securityHeaders(config: Config, url: string): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'x-frame-options': 'DENY' };
  // Behind HTTPS (SECURE_COOKIES): browsers keep to HTTPS for a year, subdomains included.
  if (config.secureCookies) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  if (url.startsWith('/api/')) {
    headers['cache-control'] = 'no-store';
  } else {
    // base-uri and form-action: an injected <base> or <form> cannot send the page's links or forms elsewhere.
    headers['content-security-policy'] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
  }
  return headers;
}

/**
 * Builds the whole application on a given database. Tests call `app.inject()` on it; main.ts listens.
 * Nodes are stateless: sessions, throttling and locks are in the database.
 */
export async function buildApp(database: Database, config: Config, options: { now?: () => Date; jobs?: JobQueue } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Bad JSON, bad UTF-8 and unknown fields are answered by our error handler, in Vietnamese.
    ajv: undefined,
    // Bad percent-encoding, over-long parameters and malformed HTTP too, in the app's error shape (requestGuards.ts).
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrors(config.bodyLimitBytes, (url) => securityHeaders(config, url)),
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler({ checkContracts: config.checkResponses }));
  installErrorHandler(app);
  installRequestGuards(app, config.bodyLimitBytes);
  installStrictJsonParser(app);
  // Imports send the file itself as the body.
  app.addContentTypeParser(
    // Signed scans too (PDF, JPEG, PNG); their type is then checked from the bytes, not from this header.
    ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream', 'application/pdf', 'image/jpeg', 'image/png'],
    { parseAs: 'buffer' },
    (_req, body, done) => done(null, body),
  );

  // Built once: the headers depend only on the configuration and on whether the address is the API's.
  const apiHeaders = securityHeaders(config, '/api/');
  const pageHeaders = securityHeaders(config, '/');
  app.addHook('onSend', async (req, reply) => {
    reply.headers(req.url.startsWith('/api/') ? apiHeaders : pageHeaders);
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'ThiĐua CCHC API', description: 'API của hệ thống thi đua chuyên đề về cải cách hành chính', version: API_VERSION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'thidua_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Every API route, for the access-matrix test that insists each one has an expectation, and the fuzz suite that
  // sends each write route hostile input as a role that may call it.
  const apiRoutes: ApiRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access: route.config?.access });
  });
  app.decorate('apiRoutes', apiRoutes);

  const deps: AppDeps = { db: database.db, database, config, now: options.now ?? systemClock, jobs: options.jobs ?? createJobQueue(database) };
  await app.register(sessionPlugin, { db: database.db });
  // After the session's access check: NUL, control characters and lone surrogates refused in body, query and params.
  installTextGuard(app);

  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['Hệ thống'], summary: 'Tình trạng hệ thống', security: [], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), time: z.string() }) } } }, async () => {
    // PGlite is this process: it answers whenever the process does, and a query here would only queue behind
    // whatever holds its one connection (an import's transaction). PostgreSQL is asked, through the pool.
    if (database.kind === 'pglite') return { status: 'ok' as const, database: database.kind, time: deps.now().toISOString() };
    const [row] = (await database.db.execute(sql`select now() as now`)).rows as { now: string | Date }[];
    return { status: 'ok' as const, database: database.kind, time: new Date(row.now).toISOString() };
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(authRoutes, deps);
  await app.register(orgUnitRoutes, deps);
  await app.register(userRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(parResultRoutes, deps);
  await app.register(ratingRoutes, deps);
  await app.register(holidayCalendarRoutes, deps);
  await app.register(trustedCertificateRoutes, deps);
  await app.register(signatureRoutes, deps);
  await app.register(eligibilityRoutes, deps);
  await app.register(ruleSetRoutes, deps);
  await app.register(campaignRoutes, deps);
  await app.register(registrationRoutes, deps);
  await app.register(consolidationRoutes, deps);
  await app.register(initiativeRoutes, deps);
  await app.register(registrationDocumentRoutes, deps);
  await app.register(unitMeritCriteriaRoutes, deps);
  await app.register(nominationRoutes, deps);
  await app.register(selectionRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(dossierRoutes, deps);
  await app.register(awardRoutes, deps);
  await app.register(appraisalRoutes, deps);
  await app.register(councilRoutes, deps);
  await app.register(personRoutes, deps);
  await app.register(homeRoutes, deps);
  await app.register(publicNoticeRoutes, deps);
  await app.register(feedbackRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(dashboardRoutes, deps);
  await app.register(evaluationReportRoutes, deps);
  await app.register(backgroundJobRoutes, deps);

  // The built web app, with client-side routes falling back to index.html.
  if (fs.existsSync(path.join(config.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false });
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const rel = req.url.split('?')[0];
      const file = path.join(config.webDir, rel);
      if (rel !== '/' && file.startsWith(config.webDir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return reply.sendFile(rel.slice(1));
      }
      if (rel.startsWith('/api/')) {
        return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `Không tìm thấy đường dẫn ${req.method} ${rel}.`, fields: [] } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
