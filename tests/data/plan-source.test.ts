// The committed plan text is the one the dataset was read from: a changed byte changes the hash.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTextPath } from './plan-files';

describe('the committed plan text', () => {
  const bytes = fs.readFileSync(planTextPath);

  it('is byte for byte the text recorded in data/plan/source/README.md', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('7e55649bfb8c406438e116b00b05794a8b2d7b437c33e37941a93c3b739b4e73');
    expect(bytes.length).toBe(57269);
  });

  it('opens with the notice title and its publication date', () => {
    const text = bytes.toString('utf8');
    expect(text.startsWith('河南省人民政府关于印发先进制造业大省建设行动计划的通知\n发布日期:2014-11-18')).toBe(true);
  });

  it('lies inside the repo, so a clone needs nothing beside it', () => {
    expect(planTextPath).not.toContain('shared');
  });
});
