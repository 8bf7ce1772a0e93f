// The real `efa` binary (bin/efa.js over dist/), spawned as a user or a build pipeline runs it.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDefinition, prune } from '@efa-forms/core';
import { repoRoot } from './test-support/fixtures.js';
import { bin, ensureCliBuilt, typeCheck } from './test-support/spawned.js';

const example = fileURLToPath(new URL('examples/gewerbeanmeldung/', repoRoot));
const definitionPath = join(example, 'gewerbeanmeldung.service.json');
const tenantPath = join(example, 'tenant.musterstadt.json');
const sample = (name: string) => join(example, 'samples', name);
const shared = fileURLToPath(new URL('../shared/', repoRoot));
const scratch = mkdtempSync(join(tmpdir(), 'efa-cli-'));
const manifest = JSON.parse(readFileSync(new URL('packages/cli/package.json', repoRoot), 'utf8')) as {
  version: string;
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function efa(...args: string[]): Run {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: scratch });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A user's mistake never shows a stack trace. */
function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at .*\(|internal error/);
}

// Each test spawns node processes; the machine is shared, so they get time (no timing is asserted).
vi.setConfig({ testTimeout: 60_000 });

beforeAll(ensureCliBuilt, 180_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const commands = [
  'check',
  'types',
  'compile',
  'xml',
  'parse',
  'xsd',
  'schema',
  'codelist',
  'import-fim',
  'pack',
];

describe('efa: help, version, usage errors', () => {
  it('prints the overview with --help and every command', () => {
    const run = efa('--help');
    expect(run.status).toBe(0);
    for (const command of commands) expect(run.stdout).toContain(`  ${command} `);
  });

  it.each(commands)('efa %s --help prints its usage', (command) => {
    const run = efa(command, '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: efa ${command} `));
  });

  it('prints the package version with --version, also after a command', () => {
    expect(efa('--version')).toMatchObject({ status: 0, stdout: `${manifest.version}\n` });
    expect(efa('check', '--version')).toMatchObject({ status: 0, stdout: `${manifest.version}\n` });
  });

  it.each([
    [[], /Usage: efa <command>/],
    [['frob'], /unknown command "frob"/],
    [['check'], /missing <definition>/],
    [['check', 'a.json', 'b.json'], /unexpected argument "b.json"/],
    [['check', 'a.json', '--bogus'], /Unknown option '--bogus'/],
    [['compile', definitionPath, '--locale', 'fr'], /--locale must be "de" or "en"/],
    [['check', definitionPath, '--format', 'xml'], /--format must be "text" or "json"/],
  ])('exits 2 for efa %j', (args, message) => {
    const run = efa(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expectNoStack(run);
  });
});

describe('efa: unreadable and malformed input', () => {
  it('names a missing file', () => {
    const run = efa('check', join(scratch, 'missing.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `${join(scratch, 'missing.json')}: cannot read the service definition: no such file`,
    );
    expectNoStack(run);
  });

  it('names a folder given as a file', () => {
    const run = efa('check', scratch);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a directory');
  });

  it('gives line and column of malformed JSON', () => {
    const file = join(scratch, 'malformed.json');
    writeFileSync(file, '{\n  "id": "x",\n  "title": "a" "b"\n}\n');
    const run = efa('check', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}:3:16: not valid JSON`);
    expectNoStack(run);
  });

  it('gives line and column of malformed data for efa xml', () => {
    const file = join(scratch, 'data.json');
    writeFileSync(file, '{"inhaber": }');
    const run = efa('xml', definitionPath, file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}:1:13: not valid JSON`);
  });
});

describe('efa check', () => {
  it('is silent on stdout and exits 0 for a clean definition', () => {
    const run = efa('check', definitionPath, '--tenant', tenantPath);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toContain('no problems');
  });

  const broken = join(scratch, 'broken.service.json');
  const brokenText = [
    '{',
    '  "id": "kaputt",',
    '  "version": "1.0.0",',
    '  "title": "Kaputt",',
    '  "schema": {',
    '    "type": "object",',
    '    "properties": {',
    '      "name": { "title": "Name", "type": "string", "maxLenght": 3 }',
    '    }',
    '  },',
    '  "steps": [{ "id": "a", "title": "A", "fields": ["/name", "/fehlt"] }]',
    '}',
  ].join('\n');

  it('lists every problem as file:line:column pointer message and exits 1', () => {
    writeFileSync(broken, brokenText);
    const run = efa('check', broken);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((line) => line.includes(' /steps'))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+ \/\S* .+$/);
    const typeLine = lines.find((line) => line.includes('/schema/properties/name/maxLenght'));
    expect(typeLine).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:\\d+ `));
  });

  it('--format json gives the same problems as data', () => {
    writeFileSync(broken, brokenText);
    const run = efa('check', broken, '--format', 'json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { problems: { line: number; pointer: string; file: string }[] };
    expect(
      report.problems.find((problem) => problem.pointer === '/schema/properties/name/maxLenght'),
    ).toMatchObject({
      file: broken,
      line: 8,
    });
  });

  it('points tenant problems into the tenant file', () => {
    const tenant = join(scratch, 'tenant.json');
    writeFileSync(tenant, '{\n  "behoerde": 42\n}\n');
    const run = efa('check', definitionPath, '--tenant', tenant);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${tenant}:2:`);
  });
});

describe('efa compile', () => {
  it('writes a module that runs without code generation from strings', () => {
    const out = join(scratch, 'out', 'gewerbe.service.js');
    const run = efa('compile', definitionPath, '-o', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('compiling'); // progress goes to stderr
    const check = spawnSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '--input-type=module',
        '-e',
        `const { default: s } = await import(${JSON.stringify(out)}); console.log(s.format, s.definition.id, s.validate({}), Object.keys(s.checks).length > 0);`,
      ],
      { encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.stdout.trim()).toBe('efa-forms/compiled-service@1 gewerbeanmeldung false true');
  });

  it('writes nothing when the definition is broken', () => {
    const dir = join(scratch, 'empty');
    mkdirSync(dir, { recursive: true });
    const broken = join(scratch, 'broken2.json');
    writeFileSync(broken, '{"id": "x", "version": "1.0.0", "title": "X", "schema": {"type": "objekt"}}');
    const run = efa('compile', broken, '-o', join(dir, 'x.js'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken2\.json:1:\d+ \/schema\/type /);
    expect(readdirSync(dir)).toEqual([]);
    expectNoStack(run);
  });
});

describe('efa xml, parse, xsd, schema, types', () => {
  it('efa xml writes the message; efa parse reads it back to the pruned data', () => {
    const xml = join(scratch, 'message.xml');
    const written = efa(
      'xml',
      definitionPath,
      sample('valid-alle-felder.json'),
      '--tenant',
      tenantPath,
      '-o',
      xml,
    );
    expect(written.status).toBe(0);
    expect(readFileSync(xml, 'utf8')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gew:gewerbe\.anmeldung\.0100 /,
    );
    const parsed = efa('parse', definitionPath, xml);
    expect(parsed.status).toBe(0);
    const data = JSON.parse(readFileSync(sample('valid-alle-felder.json'), 'utf8')) as unknown;
    const definition = loadDefinition(readFileSync(definitionPath, 'utf8'), {
      files: { base: definitionPath, read: (path) => readFileSync(path, 'utf8') },
    });
    expect((JSON.parse(parsed.stdout) as { data: unknown }).data).toEqual(prune(definition, data));
  });

  it('efa xml lists invalid data with line and column and exits 1', () => {
    const run = efa('xml', definitionPath, sample('invalid-postleitzahl.json'), '--tenant', tenantPath);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /invalid-postleitzahl\.json:\d+:\d+ \/wohnanschrift\/postleitzahl .*Postleitzahl/,
    );
  });

  it('efa parse refuses malformed XML with line and column (exit 1)', () => {
    const file = join(scratch, 'bad.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<a>\n  <b></a>\n');
    const run = efa('parse', definitionPath, file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.xml:3:\d+ /);
    expectNoStack(run);
  });

  it('efa xsd prints the message schema', () => {
    const run = efa('xsd', definitionPath);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<\?xml[^>]*>\s*<xs:schema /);
    expect(run.stdout).toContain('name="gewerbe.anmeldung.0100"');
  });

  it('efa schema prints the standalone data schema with $id', () => {
    const run = efa('schema', definitionPath);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:efa-forms:gewerbeanmeldung:1.0.0',
      type: 'object',
    });
  });

  it('efa types writes a type that accepts valid data and rejects invalid data (tsc)', () => {
    // Inside the repository, so that json-schema-to-ts resolves from its node_modules.
    const dir = mkdtempSync(join(fileURLToPath(new URL('node_modules/.cache/', repoRoot)), 'efa-types-'));
    try {
      const definition = join(dir, 'antrag.service.json');
      writeFileSync(
        definition,
        JSON.stringify({
          id: 'antrag',
          version: '1.0.0',
          title: 'Antrag',
          schema: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { title: 'Name', type: 'string' },
              kinder: { title: 'Kinder', type: 'integer', minimum: 0 },
              art: {
                title: 'Art',
                type: 'string',
                oneOf: [
                  { const: 'a', title: 'A' },
                  { const: 'b', title: 'B' },
                ],
              },
            },
          },
        }),
      );
      const run = spawnSync(process.execPath, [bin, 'types', definition, '-o', join(dir, 'antrag.ts')], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      writeFileSync(
        join(dir, 'use.ts'),
        [
          `import type { AntragData } from './antrag.js';`,
          `export const ok: AntragData = { name: 'Erika', kinder: 2, art: 'b' };`,
          `// @ts-expect-error the name is required`,
          `export const noName: AntragData = { kinder: 2 };`,
          `// @ts-expect-error "c" is no option`,
          `export const badOption: AntragData = { name: 'Erika', art: 'c' };`,
        ].join('\n'),
      );
      const tsc = typeCheck([join(dir, 'use.ts')]);
      expect(tsc.output).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('efa codelist and import-fim', () => {
  it('efa codelist turns a genericode file into oneOf options with x-xoev.codeList', () => {
    const run = efa('codelist', join(shared, 'codelists', 'Bundesland_2010-04-01.xml'));
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as {
      oneOf: { const: unknown; title: string }[];
      'x-xoev': unknown;
    };
    expect(schema.oneOf.length).toBeGreaterThan(10);
    expect(schema['x-xoev']).toMatchObject({ codeList: { listURI: expect.any(String) } });
  });

  it('efa import-fim writes a definition that efa check accepts', () => {
    const out = join(scratch, 'fim.service.json');
    const run = efa(
      'import-fim',
      join(shared, 'fim', 'xdf2-simple.xml'),
      '--codelists',
      join(shared, 'codelists'),
      '-o',
      out,
    );
    expect(run.status).toBe(0);
    expect(efa('check', out).status).toBe(0);
  });

  it('efa import-fim rejects a malformed Stammdatenschema naming the line', () => {
    const run = efa('import-fim', join(shared, 'fim', 'xdf3-unexpected-node.xml'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xdf3-unexpected-node\.xml:\d+:\d+/);
    expectNoStack(run);
  });

  it('name a missing code list folder', () => {
    const run = efa(
      'import-fim',
      join(shared, 'fim', 'xdf2-simple.xml'),
      '--codelists',
      join(scratch, 'nope'),
    );
    expect(run.status).toBe(2);
    expectNoStack(run);
  });
});

it('keeps no temporary files next to outputs', () => {
  expect(existsSync(scratch)).toBe(true);
  const leftovers = readdirSync(scratch, { recursive: true }).filter((name) => String(name).endsWith('.tmp'));
  expect(leftovers).toEqual([]);
});
