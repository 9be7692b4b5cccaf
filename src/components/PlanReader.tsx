// The plan reader: the whole text laid out as the document it is, with a table of contents, the
// designations highlighted and linked to the map, place names linked to their regions, and the annex
// as a table. Presentational: the reading (model/plan-reading.ts) and the hrefs come in as props.
import { Fragment, memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Designation } from '../model/plan-designations';
import type { PlanParagraph } from '../model/plan-document';
import type { PlaceLink, TextPiece, TextRun } from '../model/plan-marks';
import type { PlanReading } from '../model/plan-reading';
import type { Language } from '../state/view-state';
import './plan-reader.css';

export interface PlanReaderHrefs {
  anchor: (anchor: string) => string;
  place: (link: PlaceLink) => string;
  /** The map view of a designation, or null where it has none (goals, programmes, annex rows). */
  designation: (designation: Designation) => string | null;
}

interface Props {
  reading: PlanReading;
  language: Language;
  anchor: string | null;
  /** The name of a designation in the UI language (shown beside highlights in English). */
  nameOf: (designation: Designation) => string;
  /** The English heading of a section or subsection id in the English UI; null in Chinese. */
  headingOf: (id: string) => string | null;
  /** The English names of an annex row's lead and participating units in the English UI; null in Chinese. */
  unitsOf: (rowId: string) => { lead: string; participating: string } | null;
  hrefs: PlanReaderHrefs;
  /** The reader was scrolled to another paragraph: the URL should say so (replace, not push). */
  onPosition: (anchor: string) => void;
}

/** Latin abbreviations in the text (SUV, MPV, PVC) are the plan's own, not English UI. */
function plainText(text: string): ReactNode {
  const parts = text.split(/([A-Za-z]{2,})/);
  if (parts.length === 1) return text;
  return parts.map((part, index) => index % 2 === 1 ? <span key={index} translate="no">{part}</span> : part);
}

function pieceContent(piece: TextPiece, hrefs: PlanReaderHrefs, linkPlaces: boolean): ReactNode {
  if (piece.place !== null && linkPlaces) {
    return <Link className="plan-place" to={hrefs.place(piece.place)} data-region={piece.place.code}>{plainText(piece.text)}</Link>;
  }
  return plainText(piece.text);
}

function Runs({ runs, reading, language, anchor, nameOf, hrefs }: { runs: readonly TextRun[] } & Pick<Props, 'reading' | 'language' | 'anchor' | 'nameOf' | 'hrefs'>) {
  const { t } = useTranslation();
  return (
    <>
      {runs.map((run) => {
        if (run.marks.length === 0) return <Fragment key={run.start}>{run.pieces.map((piece) => <Fragment key={piece.start}>{pieceContent(piece, hrefs, true)}</Fragment>)}</Fragment>;
        const designations = run.marks.map((mark) => reading.byAnchor.get(mark)!.designation);
        const targets = designations.map((designation) => ({ designation, href: hrefs.designation(designation) }));
        const distinctHrefs = [...new Set(targets.map((target) => target.href).filter((href) => href !== null))];
        const hasPlaces = run.pieces.some((piece) => piece.place !== null);
        // One map view for the whole highlight: the highlight is the link. Otherwise the place names are.
        const wholeLink = !hasPlaces && distinctHrefs.length === 1 ? distinctHrefs[0] : null;
        const content = run.pieces.map((piece) => <Fragment key={piece.start}>{pieceContent(piece, hrefs, wholeLink === null)}</Fragment>);
        const targeted = anchor !== null && run.marks.includes(anchor);
        // Chips beside the highlight: every name in English; in Chinese only where neither the highlight
        // nor a place name inside it already leads to the map.
        const chips = language === 'en' ? targets : wholeLink === null && !hasPlaces ? targets.filter((target) => target.href !== null) : [];
        return (
          <Fragment key={run.start}>
            <mark className={targeted ? 'plan-mark is-target' : 'plan-mark'} data-marks={run.marks.join(' ')} title={designations.map(nameOf).join('；')}>
              {wholeLink === null ? content : <Link to={wholeLink} className="plan-mark-link">{content}</Link>}
            </mark>
            {chips.length > 0 && (
              <span className="plan-gloss" lang={language === 'en' ? 'en' : 'zh-CN'}>
                {chips.map((target, index) => (
                  <Fragment key={target.designation.anchor}>
                    {index > 0 && (language === 'en' ? '; ' : '；')}
                    {target.href === null ? nameOf(target.designation)
                      : <Link to={target.href} title={t('reader.onMap')}>{nameOf(target.designation)}</Link>}
                  </Fragment>
                ))}
              </span>
            )}
          </Fragment>
        );
      })}
    </>
  );
}

export function PlanReader({ reading, language, anchor, nameOf, headingOf, hrefs, unitsOf, onPosition }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const reported = useRef<string | null>(null);
  const quietUntil = useRef(0);
  const { document: plan } = reading;
  // What is highlighted: the anchor the reader was opened at. A position reported by scrolling moves
  // the URL, not the highlight, so the document does not re-render while reading.
  const [highlight, setHighlight] = useState<string | null>(anchor);
  useEffect(() => {
    if (anchor !== reported.current) setHighlight(anchor);
  }, [anchor]);

  // Open at the anchor: scroll it to the middle (unless the reader itself reported it while scrolling).
  useEffect(() => {
    const container = scrollRef.current;
    if (container === null || anchor === null || anchor === reported.current) return;
    const target = container.querySelector<HTMLElement>(`[data-marks~="${anchor}"]`) ?? container.ownerDocument.getElementById(anchor);
    if (target === null) return;
    quietUntil.current = performance.now() + 800;
    target.scrollIntoView({ block: anchor.startsWith('s-') || anchor === 'annex' ? 'start' : 'center' });
    performance.mark('plan:positioned');
  }, [anchor]);

  // Keep the position in the URL while reading, so a reload opens at the same paragraph.
  useEffect(() => {
    const container = scrollRef.current;
    if (container === null) return;
    let timer: number | undefined;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (performance.now() < quietUntil.current) return;
        const top = container.getBoundingClientRect().top;
        const bottom = top + container.clientHeight;
        if (anchor !== null) {
          const current = container.querySelector<HTMLElement>(`[data-marks~="${anchor}"]`) ?? container.ownerDocument.getElementById(anchor);
          const rect = current?.getBoundingClientRect();
          if (rect !== undefined && rect.bottom > top && rect.top < bottom) return; // still in view: keep it
        }
        const blocks = container.querySelectorAll<HTMLElement>('[data-block]');
        for (const block of blocks) {
          if (block.getBoundingClientRect().bottom > top + 16) {
            reported.current = block.id;
            onPosition(block.id);
            return;
          }
        }
      }, 250);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => { container.removeEventListener('scroll', onScroll); window.clearTimeout(timer); };
  }, [anchor, onPosition]);

  return (
    <div className="plan-page">
      <nav className="plan-toc" aria-label={t('reader.contents')}>
        <h2>{t('reader.contents')}</h2>
        <ol>
          <li><Link to={hrefs.anchor('p-0-0-1')}>{t('reader.notice')}</Link></li>
          <li><Link to={hrefs.anchor('plan-title')}>{t('reader.plan')}</Link></li>
          {plan.sections.map((section) => (
            <li key={section.id}>
              <Link to={hrefs.anchor(section.id)} aria-current={anchor === section.id ? 'location' : undefined}>
                {headingOf(section.id) ?? <span lang="zh-CN">{section.number}、{section.title}</span>}
              </Link>
              {section.subsections.length > 0 && (
                <ol>
                  {section.subsections.map((subsection) => (
                    <li key={subsection.id}>
                      <Link to={hrefs.anchor(subsection.id)} aria-current={anchor === subsection.id ? 'location' : undefined}>
                        {headingOf(subsection.id) ?? <span lang="zh-CN">({subsection.number}){subsection.title}</span>}
                      </Link>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
          <li><Link to={hrefs.anchor('annex')}>{t('reader.annex')}</Link></li>
        </ol>
      </nav>

      <div className="plan-scroll" ref={scrollRef}>
        <PlanBody reading={reading} language={language} highlight={highlight} nameOf={nameOf} headingOf={headingOf} hrefs={hrefs} unitsOf={unitsOf} />
      </div>
    </div>
  );
}

interface BodyProps extends Pick<Props, 'reading' | 'language' | 'nameOf' | 'headingOf' | 'hrefs' | 'unitsOf'> {
  highlight: string | null;
}

/** The document itself, memoised: following the scroll position re-renders only the contents. */
const PlanBody = memo(function PlanBody({ reading, language, highlight, nameOf, headingOf, hrefs, unitsOf }: BodyProps) {
  const { t } = useTranslation();
  const { document: plan } = reading;
  const anchor = highlight;
  const runsOf = (id: string) => reading.runsByBlock.get(id) ?? [];
  const runProps = { reading, language, anchor, nameOf, hrefs };
  const targetClass = (id: string) => (anchor === id ? ' is-target' : '');
  const gloss = (id: string) => {
    const english = headingOf(id);
    return english === null ? null : <span className="plan-heading-en" lang="en"> {english}</span>;
  };

  const paragraph = (item: PlanParagraph) => {
    const runs = runsOf(item.id);
    if (item.kind === 'subsection') {
      // "(一)电子信息产业。…": the heading and the first paragraph share one line in the plan.
      const body = runs.map((run) => ({ ...run, pieces: run.pieces.filter((piece) => !piece.lead) })).filter((run) => run.pieces.length > 0);
      return (
        <div key={item.id} id={item.id} data-block="" className={`plan-block plan-subsection-first${targetClass(item.id)}`}>
          <h3 lang="zh-CN" data-verbatim="">{item.text.slice(0, item.leadLength)}{gloss(item.id.replace(/^p-(\d+)-(\d+)-1$/, 's-$1-$2'))}</h3>
          {body.length > 0 && <p lang="zh-CN" data-verbatim="" className="plan-text"><Runs runs={body} {...runProps} /></p>}
        </div>
      );
    }
    const className = item.kind === 'projects-heading' ? 'plan-projects-heading' : item.kind === 'item' ? 'plan-item' : item.kind === 'clusters' ? 'plan-clusters' : item.kind === 'numbered' ? 'plan-numbered' : 'plan-text';
    return (
      <p key={item.id} id={item.id} data-block="" lang="zh-CN" data-verbatim="" className={`plan-block ${className}${targetClass(item.id)}`}>
        {item.leadLength > 0 && item.kind !== 'projects-heading'
          ? <><strong className="plan-lead"><Runs runs={runs.map((run) => ({ ...run, pieces: run.pieces.filter((piece) => piece.lead) })).filter((run) => run.pieces.length > 0)} {...runProps} /></strong><Runs runs={runs.map((run) => ({ ...run, pieces: run.pieces.filter((piece) => !piece.lead) })).filter((run) => run.pieces.length > 0)} {...runProps} /></>
          : <Runs runs={runs} {...runProps} />}
      </p>
    );
  };

  return (
    <article className="plan-document" aria-label={t('reader.title')}>
      <p className="plan-about muted">
        {t('reader.intro')}{' '}
        {t('reader.counts', { designations: reading.counts.designations, clusters: reading.counts.clusters, projects: reading.counts.projects, places: reading.counts.placeLinks })}{' '}
        <button type="button" className="plan-print" onClick={() => window.print()}>{t('reader.print')}</button>
      </p>
      <header className="plan-front">
        {plan.front.map((item) => item.kind === 'title'
          ? <h1 key={item.id} id={item.id} data-block="" lang="zh-CN" data-verbatim="" className="plan-block plan-title">{item.text}</h1>
          : <p key={item.id} id={item.id} data-block="" lang="zh-CN" data-verbatim="" className={`plan-block plan-${item.kind}`}>{item.text}</p>)}
      </header>
      <h2 id="plan-title" data-block="" lang="zh-CN" data-verbatim="" className="plan-block plan-doc-title">{plan.planTitle.text}</h2>
      {plan.preamble.map(paragraph)}
      {plan.sections.map((section) => (
        <section key={section.id} id={section.id} className={`plan-section${targetClass(section.id)}`} aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`} lang="zh-CN" data-verbatim="">{section.number}、{section.title}{gloss(section.id)}</h2>
          {section.intro.map(paragraph)}
          {section.subsections.map((subsection) => (
            <section key={subsection.id} id={subsection.id} className={`plan-subsection${targetClass(subsection.id)}`}>
              {subsection.paragraphs.map(paragraph)}
            </section>
          ))}
        </section>
      ))}
      <section id="annex" className={`plan-annex${targetClass('annex')}`} aria-labelledby="annex-heading">
        <p lang="zh-CN" data-verbatim="" className="plan-annex-label">{plan.annex.label}</p>
        <h2 id="annex-heading" lang="zh-CN" data-verbatim="">{plan.annex.title}{language === 'en' && <span className="plan-heading-en" lang="en"> {t('reader.annex')}</span>}</h2>
        <table className="plan-annex-table" lang="zh-CN" data-verbatim="">
          <thead><tr>{plan.annex.header.map((cell) => <th key={cell} scope="col">{cell}</th>)}</tr></thead>
          <tbody>
            {plan.annex.rows.map((row) => row.group ? (
              <tr key={row.id} id={row.id} data-block="" className={`plan-annex-group${targetClass(row.id)}`}><th colSpan={4} scope="rowgroup">{row.number} {row.task}</th></tr>
            ) : (
              <tr key={row.id} id={row.id} data-block="" className={targetClass(row.id).trim() || undefined}>
                <td className="number">{row.number}</td>
                <td><Runs runs={runsOf(row.id)} {...runProps} /></td>
                <td>{row.lead}{unitsOf(row.id) !== null && <span className="plan-unit-en" lang="en">{unitsOf(row.id)!.lead}</span>}</td>
                <td>{row.participating}{unitsOf(row.id) !== null && <span className="plan-unit-en" lang="en">{unitsOf(row.id)!.participating}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
});
