// The /plan page: the reader wired to the atlas and the URL (the anchor in the hash). Loaded on first
// use, with the plan text, so it adds nothing to the first map's path.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Atlas } from '../data/load-atlas';
import { PlanReader, type PlanReaderHrefs } from '../components/PlanReader';
import { sectionName, unitName } from '../i18n/plan-text';
import type { Designation } from '../model/plan-designations';
import { serializeViewState, type ViewState } from '../state/view-state';
import type { ViewStateHandle } from '../state/use-view-state';
import { designationName } from './designation-names';
import { industryRegionHref, planHref } from './paths';
import { planReadingOf } from './plan-reading-of';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const NUMERALS = '一二三四五六七八九十';

interface Props {
  atlas: Atlas;
  state: ViewState;
  setView: ViewStateHandle['setView'];
}

export function PlanPage({ atlas, state, setView }: Props) {
  const { t, i18n } = useTranslation();
  // Scrolling moves the position: the URL follows without filling the back button.
  const onPosition = useCallback((anchor: string) => setView({ anchor }, { replace: true }), [setView]);
  const reading = planReadingOf(atlas);
  const { language } = state;

  // Links do not depend on the position, so the document keeps its hrefs (and skips re-rendering) while
  // the position follows the scroll.
  const base = serializeViewState({ ...state, anchor: null });
  const hrefs = useMemo<PlanReaderHrefs>(() => ({
    anchor: (anchor) => planHref(state, anchor),
    place: (link) => industryRegionHref(state, link.industry, link.code),
    designation: (designation) => {
      if (designation.kind === 'cluster') return industryRegionHref(state, designation.industry, designation.regionCode);
      if (designation.industry !== null) return industryRegionHref(state, designation.industry, null);
      return null;
    },
  }), [base]); // an equal `base` means equal links (the closure's state differs at most in its anchor)

  const nameOf = useCallback((designation: Designation) => designationName(atlas, designation, language, t), [atlas, language, t]);

  // English headings: the programmes' and industries' own names (II. … / II.1 …); the other parts' from
  // the messages (reader.heading.s-1 …). Chinese reads the heading as printed.
  const headingOf = useCallback((id: string) => {
    if (language !== 'en') return null;
    const match = /^s-(\d+)(?:-(\d+))?$/.exec(id);
    if (match === null) return null;
    const section = Number(match[1]);
    const subsection = match[2] === undefined ? null : Number(match[2]);
    const number = subsection === null ? `${ROMAN[section]}.` : `${ROMAN[section]}.${subsection}`;
    const key = `reader.heading.${id}`;
    if (i18n.exists(key)) return `${number} ${t(key)}`;
    const reference = subsection === null
      ? atlas.plan.programmes.find((programme) => programme.section.startsWith(`${NUMERALS[section - 1]}、`))?.section
      : atlas.plan.industries.find((industry) => industry.section.startsWith(`${NUMERALS[section - 1]}(${NUMERALS[subsection - 1]})`))?.section;
    return reference === undefined ? number : sectionName(reference, 'en', atlas.plan);
  }, [atlas, language, t, i18n]);

  // The annex's units in English, from annex.json's normalised lists (the table abbreviates them: 科技厅).
  const unitsOf = useCallback((rowId: string) => {
    const row = language === 'en' ? atlas.annexById.get(rowId) : undefined;
    if (row === undefined) return null;
    const names = (units: readonly string[]) => units.map((unit) => unitName(unit, 'en')).join('; ');
    return { lead: names(row.lead), participating: names(row.participating) };
  }, [atlas, language]);

  const missing = state.anchor !== null && !reading.anchors.has(state.anchor);
  return (
    <>
      {missing && <p className="notice-bar plan-missing" role="status">{t('reader.unknownAnchor', { value: state.anchor })}</p>}
      <PlanReader reading={reading} language={language} anchor={missing ? null : state.anchor}
        nameOf={nameOf} headingOf={headingOf} hrefs={hrefs} unitsOf={unitsOf} onPosition={onPosition} />
    </>
  );
}

export default PlanPage;
