/**
 * Validators for the standards Sen's feeds follow: IPTC ninjs 3.1 (the
 * official schema) and JSON Feed 1.1 (its spec as a schema), with ajv.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const standards = path.join(import.meta.dirname, 'fixtures/standards');
const schema = (file: string) => JSON.parse(fs.readFileSync(path.join(standards, file), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// ninjs points at the GeoJSON schema for places; with no network, a Point is what Sen writes and what is checked.
ajv.addSchema(
  { $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object', required: ['type', 'coordinates'], properties: { type: { const: 'Point' }, coordinates: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 3 } } },
);

export const validateNinjs = ajv.compile(schema('ninjs-schema_3.1.json'));
export const validateJsonFeed = ajv.compile(schema('jsonfeed-1.1.schema.json'));

/** The errors of a validation as readable lines, for test failure messages. */
export const schemaErrors = (validate: { errors?: { instancePath: string; message?: string }[] | null }): string[] =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
