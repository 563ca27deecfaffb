import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignDefinitionSchema } from './campaignDefinition';
import { KH34_SOURCE, kh34Campaign } from './kh34Campaign';

// The plan's text, kept in the repository (docs/plan) so the verbatim check always runs.
const SEED = path.resolve(import.meta.dirname, '../../../docs/plan/ke-hoach-34-KH-UBND-2020.md');

describe('kh34Campaign', () => {
  it('conforms to the campaign schema', () => {
    const result = campaignDefinitionSchema.safeParse(kh34Campaign);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is unchanged by parsing (already trimmed, NFC)', () => {
    expect(campaignDefinitionSchema.parse(kh34Campaign)).toEqual(kh34Campaign);
  });

  it('fixes the 2020 registration deadline to 31/03/2020 with clause II.3.b', () => {
    expect(kh34Campaign.registrationDeadline).toEqual({
      date: '2020-03-31',
      timeZone: 'Asia/Ho_Chi_Minh',
      ref: { clause: 'Điểm b, Khoản 3, Mục II', source: KH34_SOURCE },
    });
  });

  it('gives Giồng Riềng (906) and Hòn Đất (903) two communes each', () => {
    expect(kh34Campaign.quotas.communesPerDistrictOverrides.map((o) => [o.districtCode, o.limit])).toEqual([
      ['906', 2],
      ['903', 2],
    ]);
  });

  it('falls under NĐ 91/2017/NĐ-CP', () => {
    expect(kh34Campaign.legalBasis).toBe('NĐ 91/2017/NĐ-CP');
  });

  it('stores every string in Unicode NFC', () => {
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(kh34Campaign);
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });

  it('quotes the plan text verbatim where it fixes something', () => {
    const plan = readFileSync(SEED, 'utf8').normalize('NFC').replace(/\s+/g, ' ');
    const quoted = [
      kh34Campaign.theme,
      ...kh34Campaign.purposes.map((p) => p.text),
      ...kh34Campaign.requirements.map((p) => p.text),
      ...kh34Campaign.contents.map((p) => p.text),
      kh34Campaign.participants.collectives.text,
      kh34Campaign.participants.individuals.text,
      ...kh34Campaign.requiredDossierDocuments.map((d) => d.label),
      kh34Campaign.registrationContentDefault,
      ...kh34Campaign.awardForms.map((f) => f.criteriaText),
      ...kh34Campaign.grounds,
      ...kh34Campaign.recipients,
      kh34Campaign.signer.fullName,
    ];
    expect(quoted.filter((text) => !plan.includes(text))).toEqual([]);
  });
});
