import type { FastifyInstance } from 'fastify';

/** One operation of the app's OpenAPI document, as the fuzz suite needs it. */
export interface Operation {
  readonly method: string;
  /** The path as Fastify registered it (`/api/v1/plans/:id/goals/:goalId`). */
  readonly pattern: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
}

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
}
interface OpenApiOperation {
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
  readonly requestBody?: unknown;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation the app's own OpenAPI document lists (`GET /api/v1/openapi.json`, as clients read it). */
export async function openApiOperations(app: FastifyInstance): Promise<Operation[]> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`openapi.json answered ${String(response.statusCode)}`);
  const document = response.json<OpenApiDocument>();
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        pattern: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        hasBody: operation.requestBody !== undefined,
      });
    }
  }
  return operations;
}
