import { it } from 'vitest';
import { createTestApp } from '../../test/helpers/test-app';
import { createWorld } from '../../test/helpers/route-matrix';
it('scratch', async () => {
  const t = await createTestApp({ config: { logLevel: 'error' } });
  const w = await createWorld(t);
  const id = w.children.own.studentId;
  const r = await w.users.owner.inject({ method: 'GET', url: `/api/v1/students/${id}/case-file` });
  console.log(r.statusCode, r.body.slice(0, 300));
  const h = await w.users.owner.inject({ method: 'HEAD', url: `/api/v1/students/${id}` });
  console.log(h.statusCode, h.body.slice(0, 300));
  const c = await w.users.owner.inject({ method: 'GET', url: `/api/v1/compliance?asOf=2026-11-28` });
  console.log(c.statusCode, c.body.slice(0, 1500));
  await t.close();
}, 60000);
