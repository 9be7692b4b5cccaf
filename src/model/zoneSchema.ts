// Runtime schema for the zone gazetteer (data/places/zones.json), mirroring zone-gazetteer.ts.
import './zod-jitless'; // first: before any schema is built
import { z } from 'zod';
import { ZONE_CONFIDENCES, ZONE_STATUSES, type ZoneEntry } from './zone-gazetteer';

const nonEmpty = z.string().min(1);
const code = z.string().regex(/^\d{6}$/, 'six-digit GB/T 2260 code');

export const zoneEntrySchema = z.object({
  zone: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  officialNameZh: nonEmpty.optional(),
  nameEn: nonEmpty,
  prefecture: code,
  counties: z.array(code),
  status: z.enum(ZONE_STATUSES),
  confidence: z.enum(ZONE_CONFIDENCES).nullable().optional(),
  sources: z.array(z.object({ title: nonEmpty, url: z.string().optional(), publisher: z.string().optional(), says: z.string() })),
  reasoning: nonEmpty,
}).refine((entry) => (entry.status === 'not-established') === (entry.counties.length === 0), {
  message: 'a zone lists counties exactly when its county is established',
});

export const zoneGazetteerSchema = z.object({
  about: z.string().optional(),
  zones: z.array(zoneEntrySchema).min(1, 'the gazetteer lists no zone'),
});

// Compile-time check: what the schema accepts is a ZoneEntry.
type Parsed = z.infer<typeof zoneEntrySchema>;
const assignable: (entry: Parsed) => ZoneEntry = (entry) => entry;
void assignable;
