import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OrgUnitListResponse } from '../../shared/contracts/orgUnits';
import { responseSerializerCompiler } from './responseSerializer';

const unit = {
  id: 'a1b2c3d4-0000-1111-2222-333344445555', eraId: 'e1', code: 'KG-GR-001', name: 'Xã Thạnh Hưng "Giồng Riềng"\n', shortName: null, email: null,
  kind: 'commune', adminType: 'xã', parUnitLevel: null, parentId: 'p1', depth: 3, validFrom: '2020-01-01', validTo: null, childCount: 0, parentName: 'Huyện Giồng Riềng',
};

async function appAnswering(data: unknown, schema: z.ZodType, checkContracts: boolean) {
  const app = Fastify();
  app.setSerializerCompiler(responseSerializerCompiler({ checkContracts }));
  app.get('/x', { schema: { response: { 200: schema } } }, async () => data);
  return app.inject({ method: 'GET', url: '/x' });
}

describe('responseSerializerCompiler', () => {
  it('writes the same JSON as the zod contract, with extra fields dropped, in both modes', async () => {
    const page = { items: [{ ...unit, secret: 'không gửi' }], total: 1, page: 1, pageSize: 50 };
    const expected = JSON.stringify(z.encode(OrgUnitListResponse, page as z.output<typeof OrgUnitListResponse>));
    for (const checkContracts of [false, true]) {
      const res = await appAnswering(page, OrgUnitListResponse, checkContracts);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(expected);
      expect(res.body).not.toContain('secret');
    }
  });

  it('checking contracts, refuses a response that breaks its contract instead of coercing it', async () => {
    const broken = { items: [{ ...unit, name: null }], total: 1, page: 1, pageSize: 50 };
    expect((await appAnswering(broken, OrgUnitListResponse, true)).statusCode).toBe(500);
    // Without the check fast-json-stringify coerces (null → ""): why the suite runs with it on.
    expect(JSON.parse((await appAnswering(broken, OrgUnitListResponse, false)).body).items[0].name).toBe('');
  });

  it('may write optional properties after the required ones: the same JSON value', async () => {
    const schema = z.object({ a: z.string(), b: z.array(z.string()).optional(), c: z.string() });
    const res = await appAnswering({ a: 'x', b: ['y'], c: 'z' }, schema, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ a: 'x', b: ['y'], c: 'z' });
  });

  it('serialises unions, records and nested nullables like zod', async () => {
    const schema = z.object({ r: z.record(z.string(), z.number()), u: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]), n: z.array(z.string().nullable()).optional() });
    for (const data of [{ r: { 'Xã A': 1 }, u: { a: 'x' }, n: ['a', null] }, { r: {}, u: { b: 2 } }]) {
      const res = await appAnswering(data, schema, true);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(z.encode(schema, data as z.output<typeof schema>));
    }
  });
});
