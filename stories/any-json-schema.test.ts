/**
 * The peer-schema story for every file in ../shared/peer-schemas. German only: a plain schema has no
 * translations, so English changes just the UI strings, which the field-kind stories cover.
 */
import { afterEach, describe, test } from 'vitest';
import meta, { PeerSchema } from './any-json-schema.stories.js';
import { peerSchemaNames } from './internal/peer-schemas.js';
import { composed, runStory } from './internal/run-story.js';

const story = composed(PeerSchema, meta, 'PeerSchema');
afterEach(() => document.body.replaceChildren());

// axe over the form of the 49 KB GEDCOM X schema (jsonforms-huge) alone takes ~20 s on a loaded 2-core
// machine: a guard against a hang, not a speed check.
const timeout = 90_000;

describe('../shared/peer-schemas', () => {
  test.each(peerSchemaNames)('%s', (schemaName) => runStory(story, { schemaName }), timeout);
});
