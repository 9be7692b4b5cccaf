// The plan's 产业发展专项 of some industries, with their 2017 targets as stated.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Industry, IndustryId, PlanData, SpecialProject } from '../model/types';
import { colon, joinList, nameIn } from '../i18n/names';
import { figureText, projectExamples, sectionName } from '../i18n/plan-text';
import type { Language } from '../state/view-state';

interface Props {
  projects: readonly SpecialProject[];
  industryIds: readonly IndustryId[];
  industryById: ReadonlyMap<IndustryId, Industry>;
  /** The plan's industries and programmes, which name the sections in English. */
  plan: Pick<PlanData, 'industries' | 'programmes'>;
  language: Language;
  /** The plan reader at an anchor ("sp-<id>", "spt-<id>-<n>"), for "read in context". */
  contextHref?: (anchor: string) => string;
}

export function SpecialProjectList({ projects, industryIds, industryById, plan, language, contextHref }: Props) {
  const { t } = useTranslation();
  const shown = projects.filter((project) => industryIds.includes(project.industry));
  if (shown.length === 0) return null;
  return (
    <section className="projects">
      <h3>{t('detail.projects')}</h3>
      <ul>
        {shown.map((project) => (
          <li key={project.id}>
            <details>
              <summary>
                <strong>{nameIn(project, language)}</strong>
                <span className="muted"> · {nameIn(industryById.get(project.industry)!, language)}</span>
                <span className="target">
                  {' '}{t('detail.target')}{colon(language)}{project.target2017.length === 0 ? t('detail.noTarget') : project.target2017.map((figure) => figureText(figure, language)).join(language === 'en' ? '; ' : '；')}
                </span>
                {project.majorProjects !== null && (
                  <span className="muted"> · {t(project.majorProjectsText?.includes('亿元以上') === false ? 'detail.majorProjectsAny' : 'detail.majorProjects', { count: project.majorProjects })}</span>
                )}
              </summary>
              {project.examples.length > 0 && (
                <p className="examples"><span className="label">{t('detail.examples')}{colon(language)}</span>
                  {/* in Chinese these are the plan's names as written (e.g. "…GAP(中药材生产质量管理规范)…") */}
                  <span data-verbatim={language === 'zh' ? '' : undefined}>{joinList(projectExamples(project, language), language)}</span>
                </p>
              )}
              <blockquote lang="zh-CN" data-verbatim="">“{project.quote}”</blockquote>
              {contextHref !== undefined && (
                <p className="read-in-context">
                  <Link to={contextHref(`sp-${project.id}`)}>{t('reader.readInContext')}</Link>
                  {project.target2017.map((figure, index) => (
                    <span key={figure.text}> · <Link to={contextHref(`spt-${project.id}-${index + 1}`)}>{figureText(figure, language)}</Link></span>
                  ))}
                </p>
              )}
              <p className="muted">{t('detail.section', { section: sectionName(project.section, language, plan) })}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
