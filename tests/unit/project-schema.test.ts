import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { sectionSchema } from '../../src/content/schema.ts';

const schema = sectionSchema('investment', () => z.string());
const common = { title: 'Kho lạnh', summary: 'Dự án mẫu', publishedAt: '2026-01-01' };
const complete = {
  ...common, kind: 'project', locality: 'lang-son', sector: 'Logistics', area: { value: 30, unit: 'ha' },
  capital: { vnd: 1_500_000_000_000, usd: 57_000_000 }, form: 'FDI', status: 'Calling for investors', contact: { name: 'Nguyễn Văn A' },
};
const problems = (data: object) => schema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('a project calling for investment', () => {
  it('is accepted with every fact investors compare', () => {
    expect(problems(complete)).toEqual([]);
  });

  it('is refused, field by field, without them', () => {
    const { sector, contact, ...partial } = complete;
    expect(problems(partial)).toEqual(['sector', 'contact']);
  });

  it('needs its capital in both VND and USD', () => {
    expect(problems({ ...complete, capital: { vnd: 1_500_000_000_000 } })).toEqual(['capital']);
  });

  it('may be incomplete while a draft, and other kinds need none of it', () => {
    expect(problems({ ...common, kind: 'project', draft: true })).toEqual([]);
    expect(problems({ ...common, kind: 'incentive' })).toEqual([]);
  });

  it('lists a guide’s steps, each with a title and text', () => {
    expect(problems({ ...common, kind: 'guide', steps: [{ title: 'Đăng ký đầu tư', text: 'Nộp hồ sơ', duration: '15 ngày' }] })).toEqual([]);
    expect(problems({ ...common, kind: 'guide', steps: [{ title: 'Đăng ký đầu tư' }] })).toEqual(['steps.0.text']);
  });
});
