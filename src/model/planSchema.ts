// Runtime schemas for the plan dataset (data/plan/*.json), mirroring src/model/types.ts.
// Pure module: zod only, no I/O, no DOM. The data files carry a few optional fields beyond
// types.ts (marked "extension" below); every inferred type stays assignable to its interface,
// which the type-level checks at the end of this file enforce at compile time.
import './zod-jitless'; // first: before any schema is built
import { z } from 'zod';
import { CLUSTER_KINDS, CLUSTER_SCOPES, INDUSTRY_IDS, PROGRAMME_IDS, TIERS, tierOfSize } from './catalog';
import type {
  AnnexRow, Cluster, ClusterPlace, GoalFigure, Industry, IndustryId, PlanData, Programme,
  ProgrammeId, SpecialProject, StatedCount, StatedFigure, Tier,
} from './types';

const nonEmpty = z.string().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case ascii slugs');

export const adminCodeSchema = z.string().regex(/^\d{6}$/, 'six-digit GB/T 2260 code');
// The enums are built from catalog.ts's lists, so the data files accept exactly the app's vocabulary.
export const industryIdSchema = z.enum(INDUSTRY_IDS);
export const programmeIdSchema = z.enum(PROGRAMME_IDS);
export const tierSchema = z.enum(TIERS);

export const statedFigureSchema = z.strictObject({
  value: z.number().finite(),
  unit: nonEmpty,
  text: nonEmpty,
});

export const programmeSchema = z.strictObject({
  id: programmeIdSchema,
  nameZh: nonEmpty,
  nameEn: nonEmpty,
  section: nonEmpty,
  quote: nonEmpty,
  /** extension: the cluster counts the programme's opening paragraph states ("15个千亿元主导产业集群"). */
  statedClusterCounts: z.array(z.strictObject({
    sizeYi: z.number().positive(),
    tier: tierSchema,
    stated: z.number().int().positive(),
    text: nonEmpty,
  })).optional(),
});

/** A figure with its English wording ("500 bn yuan", "Revenue over 200 bn yuan"), written by hand from `text`. */
const translatedFigureSchema = statedFigureSchema.extend({ textEn: nonEmpty });

const quotedFigureSchema = translatedFigureSchema.extend({ quote: nonEmpty });

export const industrySchema = z.strictObject({
  id: industryIdSchema,
  programme: programmeIdSchema,
  nameZh: nonEmpty,
  nameEn: nonEmpty,
  section: nonEmpty,
  target2017: quotedFigureSchema.nullable(),
  /** extension: further 2017 figures of the industry paragraph (郑州 100万辆, 纤维乙醇 50万吨). */
  additionalTargets2017: z.array(quotedFigureSchema).optional(),
});

export const clusterPlaceSchema = z.strictObject({
  code: adminCodeSchema,
  zone: nonEmpty.nullable(),
  /** extension: the place exactly as the list writes it ("许昌尚集", "新乡", "宜阳县"). */
  asWritten: nonEmpty.optional(),
});

export const clusterSchema = z.strictObject({
  id: slug,
  nameZh: nonEmpty,
  nameEn: nonEmpty,
  industry: industryIdSchema,
  subIndustryZh: nonEmpty.nullable(),
  sizeYi: z.number().positive().nullable(),
  tier: tierSchema.nullable(),
  kind: z.enum(CLUSTER_KINDS),
  scope: z.enum(CLUSTER_SCOPES),
  places: z.array(clusterPlaceSchema),
  section: nonEmpty,
  quote: nonEmpty,
  annexRowId: nonEmpty.nullable(),
  noteZh: nonEmpty.nullable(),
  noteEn: nonEmpty.nullable(),
  /** extension: id of the larger cluster this one is a part of (郑汴产业带千亿元零部件集群). */
  partOf: slug.optional(),
  /** extension: all industries of a multi-industry designation (战略性新兴产业集群规模超过1万亿元). */
  industries: z.array(industryIdSchema).min(2).optional(),
}).superRefine((cluster, context) => {
  // The one tier rule (catalog.ts): a record's tier must be the one its size gives.
  if (cluster.tier !== tierOfSize(cluster.sizeYi)) {
    context.addIssue({ code: 'custom', path: ['tier'], message: `tier ${cluster.tier} does not match sizeYi ${cluster.sizeYi}` });
  }
  if ((cluster.scope === 'province') !== (cluster.places.length === 0)) {
    context.addIssue({ code: 'custom', path: ['places'], message: 'province scope has no places; local scope has at least one' });
  }
  if ((cluster.noteZh === null) !== (cluster.noteEn === null)) {
    context.addIssue({ code: 'custom', path: ['noteEn'], message: 'a note has both a Chinese and an English text, or neither' });
  }
  if (cluster.industries && cluster.industries[0] !== cluster.industry) {
    context.addIssue({ code: 'custom', path: ['industries'], message: '`industry` must be the first of `industries`' });
  }
});

export const statedCountSchema = z.strictObject({
  id: slug,
  industry: industryIdSchema,
  tier: tierSchema,
  sizeYi: z.number().positive(),
  stated: z.number().int().positive(),
  clusterIds: z.array(slug).min(1),
  section: nonEmpty,
  quote: nonEmpty,
}).refine((count) => count.tier === tierOfSize(count.sizeYi), { message: 'tier does not match sizeYi', path: ['tier'] });

export const specialProjectSchema = z.strictObject({
  id: slug,
  industry: industryIdSchema,
  nameZh: nonEmpty,
  nameEn: nonEmpty,
  target2017: z.array(translatedFigureSchema),
  majorProjects: z.number().int().positive().nullable(),
  /** extension: the project count as written ("94个亿元以上重大项目", "25个重大项目"), null when none. */
  majorProjectsText: nonEmpty.nullable().optional(),
  examples: z.array(nonEmpty),
  examplesEn: z.array(nonEmpty),
  section: nonEmpty,
  quote: nonEmpty,
}).refine((project) => project.examplesEn.length === project.examples.length, { message: 'one English example per example', path: ['examplesEn'] });

export const goalFigureSchema = z.strictObject({
  id: slug,
  /** extension: the 一(四) heading the figure sits under (规模结构, 优势集群 …). */
  group: nonEmpty.optional(),
  textZh: nonEmpty,
  nameEn: nonEmpty,
  figure: statedFigureSchema.nullable(),
  quote: nonEmpty,
});

export const annexRowSchema = z.strictObject({
  id: z.string().regex(/^annex-\d+(-\d+)?$/),
  /** extension: the annex heading the row sits under ("二 实施高成长性制造业发展工程"); null for row 一. */
  group: nonEmpty.nullable().optional(),
  /** extension: the row number as printed ("一", "1" … "10"). */
  number: nonEmpty.optional(),
  taskZh: nonEmpty,
  taskEn: nonEmpty,
  lead: z.array(nonEmpty).min(1),
  participating: z.array(nonEmpty),
  quote: nonEmpty,
});

export const programmesFileSchema = z.array(programmeSchema);
export const industriesFileSchema = z.array(industrySchema);
export const clustersFileSchema = z.array(clusterSchema);
export const statedCountsFileSchema = z.array(statedCountSchema);
export const specialProjectsFileSchema = z.array(specialProjectSchema);
export const goalsFileSchema = z.array(goalFigureSchema);
export const annexFileSchema = z.array(annexRowSchema);

/** One schema per data file, keyed like PlanData (the loader validates each file with its own). */
export const planFileSchemas = {
  programmes: programmesFileSchema,
  industries: industriesFileSchema,
  clusters: clustersFileSchema,
  statedCounts: statedCountsFileSchema,
  specialProjects: specialProjectsFileSchema,
  goals: goalsFileSchema,
  annex: annexFileSchema,
} as const;

export const planDataSchema = z.strictObject(planFileSchemas);

export type ProgrammeRecord = z.infer<typeof programmeSchema>;
export type IndustryRecord = z.infer<typeof industrySchema>;
export type ClusterPlaceRecord = z.infer<typeof clusterPlaceSchema>;
export type ClusterRecord = z.infer<typeof clusterSchema>;
export type StatedCountRecord = z.infer<typeof statedCountSchema>;
export type SpecialProjectRecord = z.infer<typeof specialProjectSchema>;
export type GoalFigureRecord = z.infer<typeof goalFigureSchema>;
export type AnnexRowRecord = z.infer<typeof annexRowSchema>;
export type PlanDataRecord = z.infer<typeof planDataSchema>;

// ---- compile-time check: what the schemas accept is assignable to the shared interfaces ----
type Assignable<From, To> = [From] extends [To] ? true : false;
type Expect<T extends true> = T;
export type PlanSchemaMatchesTypes = [
  Expect<Assignable<z.infer<typeof statedFigureSchema>, StatedFigure>>,
  Expect<Assignable<ProgrammeRecord, Programme>>,
  Expect<Assignable<IndustryRecord, Industry>>,
  Expect<Assignable<ClusterPlaceRecord, ClusterPlace>>,
  Expect<Assignable<ClusterRecord, Cluster>>,
  Expect<Assignable<StatedCountRecord, StatedCount>>,
  Expect<Assignable<SpecialProjectRecord, SpecialProject>>,
  Expect<Assignable<GoalFigureRecord, GoalFigure>>,
  Expect<Assignable<AnnexRowRecord, AnnexRow>>,
  Expect<Assignable<PlanDataRecord, PlanData>>,
  // and the enums cover exactly the union types
  Expect<Assignable<IndustryId, z.infer<typeof industryIdSchema>>>,
  Expect<Assignable<ProgrammeId, z.infer<typeof programmeIdSchema>>>,
  Expect<Assignable<Tier, z.infer<typeof tierSchema>>>,
];
