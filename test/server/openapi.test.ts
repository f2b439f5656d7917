/** The generated OpenAPI 3.1 document matches the shared endpoint map; the docs page is self-contained. */
import { endpoints } from '../../shared/api/endpoints';
import { useTestApp } from './support/harness';

const t = useTestApp();

type Operation = {
  operationId: string;
  security: unknown[];
  requestBody: {
    content: {
      'application/json': {
        schema: {
          type?: string;
          properties?: Record<string, unknown>;
          required?: string[];
          additionalProperties?: unknown;
        };
      };
    };
  };
  responses: Record<string, unknown>;
};
type Doc = {
  openapi: string;
  paths: Record<string, { post?: Operation; get?: unknown }>;
  components: { securitySchemes: Record<string, unknown> };
};

let doc: Doc;
beforeAll(async () => {
  const res = await t.api().get('/api/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  doc = res.body as Doc;
});

const names = Object.keys(endpoints) as (keyof typeof endpoints)[];

describe('/api/openapi.json', () => {
  it('is OpenAPI 3.1 with exactly one POST path per endpoint name (plus the attachment upload/download routes)', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const outsideTheMap = ['/api/attachments', '/api/attachments/{id}']; // described in test/server/attachments-upload.test.ts
    expect(
      Object.keys(doc.paths)
        .filter((p) => !outsideTheMap.includes(p))
        .sort(),
    ).toEqual(names.map((n) => `/api/${n}`).sort());
    for (const name of names) {
      const path = doc.paths[`/api/${name}`]!;
      expect(Object.keys(path)).toEqual(['post']);
      expect(path.post?.operationId).toBe(name);
    }
  });

  it('describes the auth.wechat request: code required, unknown fields refused', () => {
    const schema = doc.paths['/api/auth.wechat']!.post!.requestBody.content['application/json'].schema;
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(['code', 'inviteCode']));
    expect(schema.required).toEqual(['code']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('requires bearer security exactly on non-public endpoints, and 401/403 where they can happen', () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const name of names) {
      const op = doc.paths[`/api/${name}`]!.post!;
      const access = endpoints[name].access as unknown;
      if (access === 'public') {
        expect(op.security).toEqual([]);
        expect(op.responses).not.toHaveProperty('401');
      } else {
        expect(op.security).toEqual([{ bearer: [] }]);
        expect(op.responses).toHaveProperty('401');
      }
      if (Array.isArray(access)) expect(op.responses).toHaveProperty('403');
      else expect(op.responses).not.toHaveProperty('403');
      expect(op.responses).toHaveProperty('200');
      expect(op.responses).toHaveProperty('400');
    }
    expect(names.filter((n) => endpoints[n].access !== 'public')).toEqual(
      expect.arrayContaining(['me.get', 'admin.invites.create']),
    );
  });
});

describe('/api/docs', () => {
  const external = /https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}/i;

  it('serves an HTML page that loads nothing from another host', async () => {
    const res = await t.api().get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<script src="/api/docs.js">');
    expect(res.text).not.toMatch(external);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves its script from the same origin, fetching only /api/openapi.json', async () => {
    const res = await t.api().get('/api/docs.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.text).toContain("fetch('/api/openapi.json')");
    expect(res.text).not.toMatch(external);
  });
});
