// @vitest-environment jsdom
// One cluster card in both languages: in English every data string is English and the plan's words
// stay Chinese, marked verbatim; in Chinese the card keeps the plan's words and full-width punctuation.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClusterCard } from '../../src/components/ClusterCard';
import type { Atlas } from '../../src/data/load-atlas';
import { i18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/state/view-state';
import { loadRealAtlas } from './atlas-fixture';
import { renderInApp } from './render';

// 郑州航空港区 3000亿级 smartphones: annex row 二-2, a zone, and a note that quotes the annex.
const AIRPORT = 'electronics-zhengzhou-airport-smartphone';

let atlas: Atlas;
beforeAll(async () => {
  atlas = await loadRealAtlas();
});
afterEach(async () => {
  await i18n.changeLanguage('zh');
});

async function renderCard(language: Language) {
  await i18n.changeLanguage(language);
  const cluster = atlas.plan.clusters.find((item) => item.id === AIRPORT)!;
  return renderInApp(
    <ClusterCard cluster={cluster} industry={atlas.industryById.get(cluster.industry)} annexRow={atlas.annexById.get(cluster.annexRowId!)}
      regions={atlas.regions} placeNames={atlas.placeNames} zones={atlas.zones} plan={atlas.plan} language={language} relationText={null} />,
  ).container;
}

describe('ClusterCard in English', () => {
  it('names the lead units of annex row 二-2 in English', async () => {
    const card = await renderCard('en');
    expect(card.querySelector('.annex')?.textContent).toContain('Lead units: Zhengzhou Municipal Government, Xinyang Municipal Government, Jiyuan Municipal Government, Xuchang Municipal Government, Zhoukou Municipal Government, Shangqiu Municipal Government');
    expect(card.querySelector('.annex')?.textContent).toContain('Participating units: Provincial Development and Reform Commission, Provincial Department of Industry and Information Technology');
  });

  it('gives the section, the size class and the zone in English', async () => {
    const card = await renderCard('en');
    expect(card.querySelector('.section')?.textContent).toContain('II.1 Electronic information · Industrial clusters');
    expect(card.querySelector('.badge')?.textContent).toBe('300 bn yuan class');
    expect(card.querySelector('.places')?.textContent).toBe('Places: Zhengzhou (Zhengzhou Airport Economy Zone)');
  });

  it('shows the English note with the annex wording marked as the plan\'s Chinese', async () => {
    const card = await renderCard('en');
    const verbatim = card.querySelector('.note [data-verbatim]');
    expect(verbatim?.getAttribute('lang')).toBe('zh-CN');
    expect(verbatim?.textContent).toBe('“郑州航空港区 3000亿级电子信息”');
    expect(card.querySelector('.note')?.textContent).toMatch(/^Note: Annex row II-2 calls it/);
  });

  it('shows no Chinese outside the quote and the verbatim words', async () => {
    const card = await renderCard('en');
    card.querySelectorAll('blockquote, [data-verbatim]').forEach((element) => element.remove());
    expect(card.textContent).not.toMatch(/[\u3400-\u9fff]/);
  });
});

describe('ClusterCard in Chinese', () => {
  it('keeps the plan\'s unit names, the Chinese note and full-width punctuation', async () => {
    const card = await renderCard('zh');
    expect(card.querySelector('.annex')?.textContent).toContain('牵头单位：郑州市政府、信阳市政府');
    expect(card.querySelector('.note')?.textContent).toBe('说明：附件第 二-2 行称其为“郑州航空港区 3000亿级电子信息”；正文写作智能手机。以正文为准。');
    expect(card.querySelector('.section')?.textContent).toContain('二(一) 电子信息产业 · 产业集群');
  });
});
