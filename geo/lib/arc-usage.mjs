// Arc bookkeeping for the topology check: in a clean tessellation every arc is used by exactly one
// county (the province outline) or by exactly two different counties walking it in opposite
// directions (an internal border, drawn once). Two counties walking it the same way would overlap.

function polygonArcs(geometry) {
  if (geometry.type === 'Polygon') return geometry.arcs.flat();
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat(2);
  return [];
}

/** @returns { arcCount, outlineArcs, internalArcs, unusedArcs, problems: string[] } */
export function arcUsage(topology, objectName) {
  const usersByArc = topology.arcs.map(() => []);
  for (const geometry of topology.objects[objectName].geometries) {
    for (const arcIndex of polygonArcs(geometry)) usersByArc[arcIndex < 0 ? ~arcIndex : arcIndex].push({ code: geometry.properties.code, forward: arcIndex >= 0 });
  }
  const problems = [];
  let outlineArcs = 0;
  let internalArcs = 0;
  let unusedArcs = 0;
  usersByArc.forEach((users, arcIndex) => {
    if (users.length === 0) unusedArcs++;
    else if (users.length === 1) outlineArcs++;
    else if (users.length === 2 && users[0].code !== users[1].code && users[0].forward !== users[1].forward) internalArcs++;
    else problems.push(`arc ${arcIndex} used by ${users.map(({ code, forward }) => `${code}${forward ? '' : ' (reversed)'}`).join(', ')}`);
  });
  return { arcCount: topology.arcs.length, outlineArcs, internalArcs, unusedArcs, problems };
}
