// The plan's 产业发展专项 of some industries, with their 2017 targets as stated.
import { useTranslation } from 'react-i18next';
import type { Industry, IndustryId, SpecialProject } from '../model/types';
import { nameIn } from '../i18n/names';
import type { Language } from '../state/view-state';

interface Props {
  projects: readonly SpecialProject[];
  industryIds: readonly IndustryId[];
  industryById: ReadonlyMap<IndustryId, Industry>;
  language: Language;
}

export function SpecialProjectList({ projects, industryIds, industryById, language }: Props) {
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
                  {' '}{t('detail.target')}：{project.target2017.length === 0 ? t('detail.noTarget') : project.target2017.map((figure) => figure.text).join('；')}
                </span>
                {project.majorProjects !== null && <span className="muted"> · {t('detail.majorProjects', { count: project.majorProjects })}</span>}
              </summary>
              <blockquote lang="zh-CN">“{project.quote}”</blockquote>
              <p className="muted">{t('detail.section', { section: project.section })}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
