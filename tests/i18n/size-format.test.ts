import { describe, expect, it } from 'vitest';
import { sizeClassLabel, sizeFigure, sizeWithUnit } from '../../src/i18n/size-format';

describe('size figures', () => {
  it('shows 亿元 in Chinese as the plan states them', () => {
    expect(sizeFigure(3000, 'zh')).toBe('3,000');
    expect(sizeWithUnit(3000, 'zh')).toBe('3,000亿元');
  });

  it('shows billion yuan in English: 3000亿元 is 300 bn yuan, 1.5万亿元 is 1,500 bn yuan', () => {
    expect(sizeWithUnit(3000, 'en')).toBe('300 bn yuan');
    expect(sizeFigure(15000, 'en')).toBe('1,500');
  });

  it('keeps a tenth where a sum of 亿元 is not a whole billion', () => {
    expect(sizeFigure(2505, 'en')).toBe('250.5');
  });
});

describe('size class labels', () => {
  it('names the class as the plan does in Chinese', () => {
    expect(sizeClassLabel(500, 'zh')).toBe('500亿级');
    expect(sizeClassLabel(10000, 'zh')).toBe('万亿级');
  });

  it('names the class in bn or tn yuan in English', () => {
    expect(sizeClassLabel(500, 'en')).toBe('50 bn yuan class');
    expect(sizeClassLabel(3000, 'en')).toBe('300 bn yuan class');
    expect(sizeClassLabel(10000, 'en')).toBe('1 tn yuan class');
  });

  it('has no label without a size', () => {
    expect(sizeClassLabel(null, 'en')).toBeNull();
  });
});
