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

describe('../shared/peer-schemas', () => {
  test.each(peerSchemaNames)('%s', (schemaName) => runStory(story, { schemaName }));
});
