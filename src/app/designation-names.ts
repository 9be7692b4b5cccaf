// The name of a designation in the UI language: the record's own name fields, never computed text.
import type { TFunction } from 'i18next';
import type { Atlas } from '../data/load-atlas';
import type { Designation } from '../model/plan-designations';
import type { TranslatedFigure } from '../model/types';
import { nameIn } from '../i18n/names';
import type { Language } from '../state/view-state';

export function designationName(atlas: Pick<Atlas, 'plan'>, designation: Designation, language: Language, t: TFunction): string {
  const { plan } = atlas;
  const english = language === 'en';
  const figureName = (figure: TranslatedFigure | undefined) => figure === undefined ? designation.quote : english ? figure.textEn : figure.text;
  const index = Number(/-(\d+)$/.exec(designation.anchor)?.[1] ?? '1') - 1;
  switch (designation.kind) {
    case 'cluster': {
      const cluster = plan.clusters.find((item) => item.id === designation.recordId);
      return cluster === undefined ? designation.quote : nameIn(cluster, language);
    }
    case 'project': {
      const project = plan.specialProjects.find((item) => item.id === designation.recordId);
      return project === undefined ? designation.quote : t('reader.projectName', { name: nameIn(project, language) });
    }
    case 'project-target':
      return figureName(plan.specialProjects.find((item) => item.id === designation.recordId)?.target2017[index]);
    case 'target': {
      const industry = plan.industries.find((item) => item.id === designation.recordId);
      if (industry === undefined) return designation.quote;
      const additional = (industry as { additionalTargets2017?: TranslatedFigure[] }).additionalTargets2017 ?? [];
      const figures = [...(industry.target2017 === null ? [] : [industry.target2017]), ...additional];
      return `${nameIn(industry, language)}${english ? ': ' : '：'}${figureName(figures[index])}`;
    }
    case 'goal': {
      const goal = plan.goals.find((item) => item.id === designation.recordId);
      return goal === undefined ? designation.quote : english ? goal.nameEn : goal.textZh;
    }
    case 'programme': {
      const programme = plan.programmes.find((item) => item.id === designation.recordId);
      return programme === undefined ? designation.quote : nameIn(programme, language);
    }
    case 'annex': {
      const row = plan.annex.find((item) => item.id === designation.recordId);
      return row === undefined ? designation.quote : english ? row.taskEn : row.taskZh;
    }
  }
}
