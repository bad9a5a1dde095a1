/** GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the same schemas that validate requests. */
import type { ApiApp } from '../env.js';
import { appVersion } from '../version.js';

export const openApiPath = '/api/v1/openapi.json';

export function registerOpenApiDocument(app: ApiApp): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'yq_session',
    description: 'Set by POST /api/v1/auth/login. Writes must also send the `X-CSRF-Token` header from GET /api/v1/me.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`yq_…`) from POST /api/v1/tokens or `bin/yuqing token create`.',
  });
  app.doc31(openApiPath, {
    openapi: '3.1.0',
    info: {
      title: 'Yuqing',
      version: appVersion,
      description:
        'Yuqing 舆情: self-hosted public-opinion monitoring and response. Every error has the body `{ error: { code, message, status, details? } }`.',
    },
  });
}
