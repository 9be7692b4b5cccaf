// The reader's position lives in the URL's hash: /plan#p-2-1-6, /plan#c-<cluster id>.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ParseContext } from '../../src/state/view-state';

const context: ParseContext = { isRegionCode: (code) => code === '410100', tourLength: 20 };

describe('the plan reader\'s anchor', () => {
  it('reads /plan#p-2-1-6 as the reader at paragraph p-2-1-6', () => {
    const { state, notices } = parseViewState('/plan', '', context, '#p-2-1-6');
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, page: 'plan', anchor: 'p-2-1-6' });
  });

  it('writes the anchor back as the hash, after the query', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, page: 'plan', anchor: 'c-home-zhengzhou', language: 'en' })).toBe('/plan?lang=en#c-home-zhengzhou');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, page: 'plan' })).toBe('/plan');
  });

  it('leaves the anchor out on every other page', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, page: 'map', anchor: 'p-2-1-6' })).toBe('/');
    expect(parseViewState('/', '', context, '#p-2-1-6').state.anchor).toBeNull();
  });

  it('rejects an anchor that is not a short slug, with a notice', () => {
    const { state, notices } = parseViewState('/plan', '', context, '#<img src=x>');
    expect(state.anchor).toBeNull();
    expect(notices).toEqual([{ key: 'notice.badAnchor', value: '#<img src=x>' }]);
    expect(parseViewState('/plan', '', context, `#${'a'.repeat(81)}`).notices[0].key).toBe('notice.badAnchor');
  });

  it('takes an empty hash as no anchor', () => {
    expect(parseViewState('/plan', '', context, '#')).toEqual({ state: { ...DEFAULT_VIEW_STATE, page: 'plan' }, notices: [] });
  });
});
