// Shared types of the two datasets: the boundary file (data/boundaries) and the plan (data/plan).
// Pure declarations: no runtime code, imported by the model, the loaders, the map and the UI.

/** Six-digit GB/T 2260 code, e.g. "410102". */
export type AdminCode = string;

// The vocabularies are `as const` lists in catalog.ts; their unions are re-exported here.
import type { ClusterKind, ClusterScope, IndustryId, ProgrammeId, Tier } from './catalog';
export type { ClusterKind, ClusterScope, IndustryId, ProgrammeId, Tier };

// ---- boundaries: data/boundaries/henan.topo.json ----

/** Properties of each geometry in the topology's `counties` object (157 units, today's codes). */
export interface CountyProperties {
  code: AdminCode;
  name: string;                 // today's official name, e.g. "祥符区"
  prefectureCode: AdminCode;    // e.g. "410200"; 济源 is "419001" for both
  prefectureName: string;
  /** 省直管县(市) in 2014 (巩义, 兰考, 汝州, 滑县, 长垣, 邓州, 永城, 固始, 鹿邑, 新蔡). */
  directlyAdministered2014: boolean;
}

/** Properties of each geometry in the topology's `prefectures` object (18 units, dissolved from counties). */
export interface PrefectureProperties {
  code: AdminCode;
  name: string;                 // e.g. "郑州市", "济源市"
}

// ---- plan: data/plan/*.json ----

/** A figure as the plan states it: value in `unit`, plus the words used. */
export interface StatedFigure {
  value: number;
  unit: string;                 // e.g. "亿元", "万吨", "万辆", "%"
  text: string;                 // the figure as written, e.g. "1000亿元"
}

/** A figure with its English wording, e.g. text "5000亿元", textEn "500 bn yuan". */
export interface TranslatedFigure extends StatedFigure {
  textEn: string;
}

export interface Programme {
  id: ProgrammeId;
  nameZh: string;               // 高成长性制造业发展工程 …
  nameEn: string;
  section: string;              // e.g. "二、实施高成长性制造业发展工程"
  quote: string;
  /** The cluster counts of the programme's opening paragraph ("15个千亿元主导产业集群"). */
  statedClusterCounts?: { sizeYi: number; tier: Tier; stated: number; text: string }[];
}

export interface Industry {
  id: IndustryId;
  programme: ProgrammeId;
  nameZh: string;               // 电子信息产业 …
  nameEn: string;
  section: string;              // e.g. "二(一) 电子信息产业"
  /** The industry's 2017 target as stated (usually 主营业务收入), or null when none is stated. */
  target2017: (TranslatedFigure & { quote: string }) | null;
}

export interface ClusterPlace {
  code: AdminCode;              // county, or prefecture where the zone spans several counties
  zone: string | null;          // 产业集聚区 / zone as written, e.g. "郑州航空港区"
  asWritten?: string;           // the place exactly as the plan writes it
}

export interface Cluster {
  id: string;                   // stable ascii slug
  nameZh: string;
  nameEn: string;
  industry: IndustryId;
  subIndustryZh: string | null; // 智能手机, 家电, 制鞋 …
  sizeYi: number | null;        // nominal size in 亿元: 100, 500, 1000, 2000, 3000, 10000 …
  tier: Tier | null;            // derived from sizeYi: <1000 百亿, <10000 千亿, else 万亿
  kind: ClusterKind;
  scope: ClusterScope;
  places: ClusterPlace[];       // empty for scope "province"
  section: string;
  quote: string;                // exact substring of the plan text
  annexRowId: string | null;    // row of data/plan/annex.json covering this cluster
  /** Judgement calls and body/annex differences, in Chinese and in English (null: none). */
  noteZh: string | null;
  noteEn: string | null;         // plan words inside “…” stay Chinese (verbatim)
  /** The larger designated cluster this one lies inside (its size is part of that one's). */
  partOf?: string;
  /** All industries of a multi-industry designation; `industry` is the first of them. */
  industries?: IndustryId[];
}

/** "打造汤阴、浚县、延津等22个百亿级特色产业集群": what the text counts vs what it names. */
export interface StatedCount {
  id: string;
  industry: IndustryId;
  tier: Tier;
  sizeYi: number;
  stated: number;               // 22
  clusterIds: string[];         // the records created from the names in this sentence
  section: string;
  quote: string;
}

export interface SpecialProject {
  id: string;
  industry: IndustryId;
  nameZh: string;               // 智能手机发展专项
  nameEn: string;
  target2017: TranslatedFigure[]; // as stated; empty when the text gives none
  majorProjects: number | null; // number of 亿元以上 projects, if stated
  /** The count as written ("94个亿元以上重大项目", "25个重大项目"): not every count is of 亿元以上 projects. */
  majorProjectsText?: string | null;
  examples: string[];           // named example projects
  examplesEn: string[];         // the same, in English, one for one
  section: string;
  quote: string;
}

export interface GoalFigure {
  id: string;
  textZh: string;
  nameEn: string;
  figure: StatedFigure | null;
  quote: string;
}

export interface AnnexRow {
  id: string;
  taskZh: string;
  taskEn: string;
  lead: string[];               // 牵头单位
  participating: string[];      // 参加单位 / 配合单位
  quote: string;
}

export interface PlanData {
  programmes: Programme[];
  industries: Industry[];
  clusters: Cluster[];
  statedCounts: StatedCount[];
  specialProjects: SpecialProject[];
  goals: GoalFigure[];
  annex: AnnexRow[];
}
