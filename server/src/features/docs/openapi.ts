/** OpenAPI 3.1 document generated from the shared endpoint map and its zod schemas (zod's own JSON Schema output). */
import { z } from 'zod';
import { endpoints, type EndpointName } from '../../../../shared/api/endpoints';
import { ErrorCode, ZErrorBody, httpStatusOf } from '../../../../shared/errors';
import { attachmentPaths } from './attachments-openapi';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });

export function buildOpenApi(version: string) {
  const paths: Record<string, unknown> = {};
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const def = endpoints[name];
    const access = def.access as 'public' | 'user' | readonly string[];
    const errors = [
      '400',
      '413',
      '415',
      '429',
      '500',
      '503',
      ...(access === 'public' ? [] : ['401']),
      ...(Array.isArray(access) ? ['403'] : []),
    ];
    paths[`/api/${name}`] = {
      post: {
        operationId: name,
        summary: def.summary,
        tags: [def.tag],
        description:
          access === 'public'
            ? '无需登录'
            : access === 'user'
              ? '需要登录'
              : `需要角色：${(access as readonly string[]).join(', ')}`,
        security: access === 'public' ? [] : [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(def.input, 'input') } } },
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['ok', 'data'],
                  properties: { ok: { const: true }, data: jsonSchema(def.output, 'output') },
                },
              },
            },
          },
          ...Object.fromEntries(errors.sort().map((status) => [status, { $ref: '#/components/responses/Error' }])),
        },
      },
    };
  }
  // the multipart upload and the file download are the only routes outside the JSON endpoint map
  Object.assign(paths, attachmentPaths());
  return {
    openapi: '3.1.0',
    info: {
      title: '助联 Zhulian API',
      version,
      description: `所有接口均为 POST /api/<名称>，请求体为 JSON。错误码：${Object.values(ErrorCode)
        .filter((c) => c !== 'NETWORK')
        .map((c) => `${c} (${httpStatusOf[c]})`)
        .join(', ')}`,
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      responses: {
        Error: { description: '错误', content: { 'application/json': { schema: jsonSchema(ZErrorBody, 'output') } } },
      },
    },
  };
}
