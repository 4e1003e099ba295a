import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import { registerModules } from './modules/index.ts'
import type { AppContext } from './platform/context.ts'
import { gateOf, registerRouteGate } from './platform/gate.ts'
import { errorSerializer } from './platform/logging.ts'
import { registerProblemHandler } from './platform/problem.ts'
import { Problem } from './platform/schemas.ts'
import { registerSessionHook } from './platform/sessions.ts'
import { registerBodyDeadline, serverTimeouts } from './platform/timeouts.ts'
import { requestValidatorCompiler } from './platform/validation.ts'

export interface BuildAppOptions {
  logger?: boolean
  /** Where log lines go (stdout by default); tests pass a stream to read them. */
  logStream?: NodeJS.WritableStream
}

const JSON_BODY_LIMIT = 1024 * 1024

/** Builds the Fastify app: platform plugins, then every domain module, then the built web app. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: ctx.config.logLevel,
          // Personal data never reaches the log: no bodies are logged, and these headers are redacted.
          redact: [
            'req.headers.cookie',
            'req.headers.authorization',
            'req.headers["x-csrf-token"]',
            'req.headers["x-access-token"]',
          ],
          // Database errors carry their statement and parameters: those are withheld (platform/logging.ts).
          serializers: { err: errorSerializer, error: errorSerializer },
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID()
    },
    requestIdHeader: false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    // Slow clients cannot hold connections: headers, bodies and whole requests have deadlines.
    ...serverTimeouts(ctx.config),
  }).withTypeProvider<TypeBoxTypeProvider>()
  // First of the hooks, so that a body is watched even when a later hook refuses the request before reading it.
  registerBodyDeadline(app, ctx.config)
  app.setValidatorCompiler(requestValidatorCompiler())

  app.decorate('ctx', ctx)
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  app.addSchema(Problem)
  registerProblemHandler(app)

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 15552000, includeSubDomains: true },
  })
  await app.register(fastifyCookie)
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lianxin 连心 API',
        description:
          'People’s congress deputy liaison platform. Errors are application/problem+json with Chinese and English messages.',
        version: ctx.config.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lx_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          // Partner systems: an API key a county admin issued (modules/partners), never a session.
          partnerKey: { type: 'http', scheme: 'bearer', description: 'A partner system’s API key (lxk_…)' },
        },
      },
    },
    // Each operation says who may call it: `x-public`, or `x-reach` (a role set, or any signed-in session).
    transform: ({ schema, url, route }) => ({
      schema: { ...schema, ...gateOf(url, route.config) } as typeof schema,
      url,
    }),
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  })
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { deepLinking: false },
  })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  registerSessionHook(app)
  registerRouteGate(app)
  await registerModules(app)
  await registerWebApp(app, ctx.config.webDistDir)
  return app
}

/** Serves the built web app: console under /console/, public pages everywhere else (client-side routing). */
async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const hasBuild = fs.existsSync(path.join(distDir, 'index.html'))
  if (!hasBuild) return
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    index: false,
    maxAge: '1h',
  })
  const sendPage = (file: string) => async (_req: unknown, reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile(file)
  app.get('/', { schema: { hide: true } }, sendPage('index.html'))
  app.get('/console', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/console/'))
  app.get('/console/', { schema: { hide: true } }, sendPage('console/index.html'))
  app.get('/console/*', { schema: { hide: true } }, async (request, reply) => {
    const rel = (request.params as { '*': string })['*']
    if (rel && fs.existsSync(path.join(distDir, 'console', rel)) && !rel.includes('..'))
      return reply.sendFile(`console/${rel}`)
    return reply.header('cache-control', 'no-cache').sendFile('console/index.html')
  })
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const rel = (request.params as { '*': string })['*']
    if (rel.startsWith('api/')) {
      return reply.callNotFound()
    }
    if (
      rel &&
      !rel.includes('..') &&
      fs.existsSync(path.join(distDir, rel)) &&
      fs.statSync(path.join(distDir, rel)).isFile()
    ) {
      const immutable = rel.startsWith('assets/')
      if (immutable) reply.header('cache-control', 'public, max-age=31536000, immutable')
      return reply.sendFile(rel)
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html')
  })
}
