// Writes src/view/map_shapes.rs: the outlines of the five Nordic countries as compact SVG
// path data, with a point inside each for its count, from Natural Earth 1:50m (public
// domain) in the npm package world-atlas. The shapes are generated once and committed, so
// the widget carries no map library and no GeoJSON.
// Usage: node tools/map-shapes.mjs            (rewrites the file)
//        node tools/map-shapes.mjs --check    (exits 1 if the file is not what this writes)
//        node tools/map-shapes.mjs --preview /tmp/map-preview.svg   (also writes an SVG to look at)
import { readFileSync, writeFileSync } from 'node:fs';
import * as d3 from '../e2e/node_modules/d3-geo/dist/d3-geo.mjs';
// The topojson packages ship UMD bundles, which Node loads as CommonJS.
import topojsonClient from '../e2e/node_modules/topojson-client/dist/topojson-client.js';
import topojsonSimplify from '../e2e/node_modules/topojson-simplify/dist/topojson-simplify.js';

const { feature, merge } = topojsonClient;
const { presimplify, simplify, planarTriangleArea } = topojsonSimplify;
const ATLAS = new URL('../e2e/node_modules/world-atlas/', import.meta.url);
const OUT = new URL('../src/view/map_shapes.rs', import.meta.url);

const WIDTH = 500; // viewBox width; the height follows from the shapes
const MARGIN = 4; // free edge around the shapes, so strokes are not cut
// Visvalingam weight, in square viewBox units: a vertex whose triangle is smaller goes.
// Chosen so the five paths together stay under PATH_BUDGET characters.
const MIN_WEIGHT = 8;
const PATH_BUDGET = 7000;
const MIN_AREA = 15; // islets smaller than this (square viewBox units) are left out
// Variant (in Country::ALL order), ISO numeric ids in world-atlas (Finland's with Åland,
// which Natural Earth keeps apart), and a lon/lat known to be inside the mainland where the
// count is written (a centroid may fall outside: Norway's lies in Sweden).
const COUNTRIES = [
  { variant: 'No', ids: ['578'], label: [8.5, 61.0], dropFarOut: true },
  { variant: 'Se', ids: ['752'], label: [15.0, 62.5] },
  { variant: 'Dk', ids: ['208'], label: [9.2, 56.1] },
  { variant: 'Fi', ids: ['246', '248'], label: [26.0, 63.0] },
  { variant: 'Is', ids: ['352'], label: [-18.6, 64.9] },
];
// Islands people look for, which the size cut must keep: Bornholm, Gotland, Öland.
const MUST_KEEP = [[14.9, 55.1], [18.5, 57.5], [16.6, 56.7]];
// Norway's polygons far out are not the mainland map people know: Svalbard and Bear Island
// (north of 71.5°N) and Jan Mayen (west of 0°). The Faroe Islands and Greenland are
// separate features in world-atlas and are simply not taken.
const isFarOut = (polygon) => {
  const [lon, lat] = d3.geoCentroid({ type: 'Polygon', coordinates: polygon });
  return lat > 71.5 || lon < 0;
};

const args = process.argv.slice(2);
const check = args.includes('--check');
const previewAt = args.includes('--preview') ? args[args.indexOf('--preview') + 1] : null;

const atlas = JSON.parse(readFileSync(new URL('countries-50m.json', ATLAS)));
const version = JSON.parse(readFileSync(new URL('package.json', ATLAS))).version;

// Each country as a list of polygons in lon/lat, far-out ones dropped.
const polygonsOf = (topology, { ids, dropFarOut }) => {
  const geometries = topology.objects.countries.geometries.filter((g) => ids.includes(g.id));
  const geometry = geometries.length > 1 ? merge(topology, geometries) : feature(topology, geometries[0]).geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return dropFarOut ? polygons.filter((p) => !isFarOut(p)) : polygons;
};

// Lambert conformal conic on Scandinavia's own central meridian (15°E, that of Sweden's
// SWEREF 99 TM and Norway's UTM zone 33), fitted to the width on the four mainland countries.
const projection = d3.geoConicConformal().rotate([-15, 0]).parallels([57, 69]);
const mainland = COUNTRIES.filter((c) => c.variant !== 'Is');
projection.fitWidth(WIDTH - 2 * MARGIN, {
  type: 'MultiPolygon',
  coordinates: mainland.flatMap((c) => polygonsOf(atlas, c)),
});
const [tx, ty] = projection.translate();
projection.translate([tx + MARGIN, ty + MARGIN]);

// Iceland keeps the scale but is moved into the free sea at the top left.
const icelandBox = d3.geoPath(projection).bounds({ type: 'MultiPolygon', coordinates: polygonsOf(atlas, COUNTRIES[4]) });
const inset = [MARGIN - icelandBox[0][0], MARGIN - icelandBox[0][1]];
const place = (variant, lonLat) => {
  const [x, y] = projection(lonLat);
  return variant === 'Is' ? [x + inset[0], y + inset[1]] : [x, y];
};

// Simplify on the topology, so borders shared by two countries stay shared; the weight is
// the triangle's area as drawn, so the cut is even across the map.
const simplified = simplify(
  presimplify(atlas, (triangle) => planarTriangleArea(triangle.map((p) => projection(p)))),
  MIN_WEIGHT,
);

const ringArea = (ring) => ring.reduce((s, [x, y], i) => {
  const [x2, y2] = ring[(i + 1) % ring.length];
  return s + x * y2 - x2 * y;
}, 0) / 2;

// A ring as integer points: repeats and points on a straight line dropped, as is the
// closing point (`z` draws that side).
const integerRing = (variant, ring) => {
  let points = [];
  for (const p of ring.slice(0, -1)) {
    const [x, y] = place(variant, p).map(Math.round);
    const last = points[points.length - 1];
    if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
  }
  while (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]) points.pop();
  for (let changed = true; changed && points.length >= 3;) {
    changed = false;
    points = points.filter((b, i, all) => {
      const a = all[(i + all.length - 1) % all.length];
      const c = all[(i + 1) % all.length];
      const straight = (b[0] - a[0]) * (c[1] - b[1]) === (b[1] - a[1]) * (c[0] - b[0]);
      if (straight) changed = true;
      return !straight;
    });
  }
  return points;
};

// `M x y l dx dy dx dy…z`, then each further ring as `m dx dy dx dy…z` (after `m` more pairs
// are relative lines, and after `z` the pen is back at the ring's first point).
const num = (n, first) => (n < 0 || first ? `${n}` : ` ${n}`);
const pathData = (rings) => {
  let out = '';
  let pen = [0, 0];
  rings.forEach((ring, r) => {
    const [x0, y0] = ring[0];
    out += r === 0 ? `M${x0}${num(y0)}l` : `m${num(x0 - pen[0], true)}${num(y0 - pen[1])}`;
    ring.slice(1).forEach(([x, y], i) => {
      out += num(x - ring[i][0], r === 0 && i === 0) + num(y - ring[i][1]);
    });
    out += 'z';
    pen = ring[0];
  });
  return out;
};

// Even-odd point in rings, to check labels and kept islands.
const inside = ([px, py], rings) => rings.reduce((odd, ring) => ring.reduce((o, [x, y], i) => {
  const [x2, y2] = ring[(i + 1) % ring.length];
  return (y > py) !== (y2 > py) && px < x + ((py - y) * (x2 - x)) / (y2 - y) ? !o : o;
}, odd), false);

const shapes = COUNTRIES.map((country) => {
  const rings = [];
  for (const polygon of polygonsOf(simplified, country)) {
    const [outer, ...holes] = polygon.map((ring) => integerRing(country.variant, ring));
    // Islets (and rings the simplification flattened) are left out.
    if (outer.length < 3 || Math.abs(ringArea(outer)) < MIN_AREA) continue;
    rings.push(outer, ...holes.filter((h) => h.length >= 3 && Math.abs(ringArea(h)) >= MIN_AREA));
  }
  const label = place(country.variant, country.label).map(Math.round);
  if (!inside(label, rings)) throw new Error(`${country.variant}: label point ${label} is outside its shape`);
  return { ...country, rings, path: pathData(rings), label };
});

for (const lonLat of MUST_KEEP) {
  const point = projection(lonLat).map(Math.round);
  if (!shapes.some((s) => inside(point, s.rings))) throw new Error(`the island at ${lonLat} was left out`);
}
const all = shapes.flatMap((s) => s.rings).flat();
const height = Math.ceil(Math.max(...all.map(([, y]) => y))) + MARGIN;
if (Math.max(...all.map(([x]) => x)) > WIDTH - MARGIN / 2) throw new Error('shapes wider than the viewBox');
// Iceland must sit in open sea: no point of another country within GAP of its box.
const GAP = WIDTH * 0.008;
const is = shapes[4].rings.flat();
const [minX, maxX] = [Math.min(...is.map((p) => p[0])) - GAP, Math.max(...is.map((p) => p[0])) + GAP];
const [minY, maxY] = [Math.min(...is.map((p) => p[1])) - GAP, Math.max(...is.map((p) => p[1])) + GAP];
const crowded = shapes.slice(0, 4).flatMap((s) => s.rings).flat().filter(([x, y]) => x > minX && x < maxX && y > minY && y < maxY);
if (crowded.length) throw new Error(`Iceland's inset overlaps the mainland at ${crowded[0]}`);
const total = shapes.reduce((n, s) => n + s.path.length, 0);
if (total > PATH_BUDGET) throw new Error(`path data is ${total} characters, over ${PATH_BUDGET}: raise MIN_WEIGHT`);
const viewBox = `0 0 ${WIDTH} ${height}`;

const rust = `//! Outlines of the five Nordic countries for the map facet. GENERATED by
//! \`node tools/map-shapes.mjs\` from Natural Earth 1:50m (public domain) through the npm
//! package world-atlas ${version}; do not edit by hand. Lambert conformal conic (15°E,
//! parallels 57°N and 69°N); Iceland is an inset at the same scale, top left; Svalbard,
//! Jan Mayen, the Faroe Islands, Greenland and islets under ${MIN_AREA} square units are left out.

use crate::model::Country;

/// The SVG \`viewBox\` the shapes are drawn in.
pub const VIEW_BOX: &str = "${viewBox}";

/// One country's outline.
pub struct Shape {
    /// The country.
    pub country: Country,
    /// SVG path data.
    pub path: &'static str,
    /// Where its count is written (inside the shape).
    pub label: (u16, u16),
}

/// The five countries, in \`Country::ALL\` order.
pub const SHAPES: [Shape; 5] = [
${shapes.map((s) => `    Shape {
        country: Country::${s.variant},
        path: "${s.path}",
        label: (${s.label[0]}, ${s.label[1]}),
    },
`).join('')}];
`;

if (previewAt) {
  const greys = ['#777', '#999', '#555', '#aaa', '#888'];
  writeFileSync(previewAt, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${WIDTH}" height="${height}">
<rect width="100%" height="100%" fill="#eef4f8"/>
${shapes.map((s, i) => `<path d="${s.path}" fill="${greys[i]}" stroke="#fff" stroke-width="1"/>
<circle cx="${s.label[0]}" cy="${s.label[1]}" r="6" fill="#c00"/>`).join('\n')}
</svg>
`);
}

const sizes = shapes.map((s) => `${s.variant} ${s.path.length}`).join(', ');
if (check) {
  let current = '';
  try { current = readFileSync(OUT, 'utf8'); } catch {}
  if (current !== rust) {
    console.error('map-shapes: src/view/map_shapes.rs is not what tools/map-shapes.mjs writes; run `node tools/map-shapes.mjs` and commit it');
    process.exit(1);
  }
  console.log('map-shapes: src/view/map_shapes.rs is current');
} else {
  writeFileSync(OUT, rust);
  console.log(`map-shapes: wrote src/view/map_shapes.rs, viewBox ${viewBox}, path data ${total} characters (${sizes})`);
}
