import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { fieldIssues } from '../../core/schemas/format-issues';
import { AppError } from '../app-error';

/**
 * Validates request parts with the route's zod schema and answers with our own AppError, so the API names
 * fields exactly as the CLI does (`events[3].date: expected YYYY-MM-DD`), and the error handler has one
 * shape to map.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: AppError.invalidInput(fieldIssues(result.error)) };
  };
