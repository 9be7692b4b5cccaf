// The committed boundary file matches its manifest, and the manifest matches what is recorded and
// installed. Nothing is downloaded: the source tarball is not needed to check the output.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const fileBytes = readFileSync('data/boundaries/henan.topo.json');
const manifest = JSON.parse(readFileSync('data/boundaries/manifest.json', 'utf8'));
const source = JSON.parse(readFileSync('geo/source.json', 'utf8'));
const topology = JSON.parse(fileBytes.toString('utf8'));

describe('data/boundaries/manifest.json', () => {
  it('records the sha256, byte size and gzip size of the committed file', () => {
    expect(createHash('sha256').update(fileBytes).digest('hex')).toBe(manifest.output.sha256);
    expect(fileBytes.length).toBe(manifest.output.bytes);
    expect(gzipSync(fileBytes, { level: manifest.output.gzipLevel }).length).toBe(manifest.output.gzipBytes);
  });

  it('records the counts found in the file', () => {
    expect(topology.objects.counties.geometries).toHaveLength(manifest.counts.counties);
    expect(topology.objects.prefectures.geometries).toHaveLength(manifest.counts.prefectures);
    expect(topology.arcs).toHaveLength(manifest.counts.arcs);
    expect(manifest.counts.internalArcs + manifest.counts.outlineArcs).toBe(manifest.counts.arcs);
    const vertices = topology.arcs.reduce((sum: number, arc: unknown[]) => sum + arc.length, 0);
    expect(vertices).toBe(manifest.counts.verticesKept);
  });

  it('names the source package, version and integrity recorded in geo/source.json', () => {
    expect(manifest.source.name).toBe(source.package);
    expect(manifest.source.version).toBe(source.version);
    expect(manifest.source.integrity).toBe(source.integrity);
  });

  it('names the tool versions that are installed', () => {
    for (const [name, version] of Object.entries(manifest.tools)) {
      expect(JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version, name).toBe(version);
    }
  });

  it('records the quantization that the file\'s transform reflects', () => {
    const [west, south, east, north] = topology.bbox;
    expect(topology.transform.scale[0]).toBeCloseTo((east - west) / (manifest.parameters.quantization - 1), 12);
    expect(topology.transform.scale[1]).toBeCloseTo((north - south) / (manifest.parameters.quantization - 1), 12);
  });
});
