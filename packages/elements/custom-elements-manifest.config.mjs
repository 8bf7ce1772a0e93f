// @custom-elements-manifest/analyzer: writes custom-elements.json (shipped with the package, read by
// IDEs and Storybook's docs pages) from the JSDoc of <efa-form>. Run by scripts/build.js and by
// .storybook/main.ts through scripts/custom-elements-manifest.js.
import { readFileSync } from 'node:fs';

/** Names of the `static properties` entries declared `{ state: true }` (EfaForm and its base class). */
function stateProperties() {
  const names = new Set();
  for (const file of ['src/efa-form.ts', 'src/form-associated-element.ts']) {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    for (const match of text.matchAll(/^\s*(\w+): \{[^}]*\bstate: true\b[^}]*\},?$/gm)) names.add(match[1]);
  }
  return names;
}

/** Keeps the public API: private and protected members and unnamed events are implementation. */
function publicApiOnly() {
  return {
    name: 'efa-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter(
          (declaration) => declaration.kind === 'class',
        );
        for (const declaration of module.declarations) {
          // Lit's `static properties` entries come as `privacy: "public"`; the rest only carry a privacy when not public.
          for (const member of declaration.members ?? [])
            if (member.privacy === 'public') delete member.privacy;
          declaration.members = (declaration.members ?? []).filter(
            (member) => !member.privacy && !member.name.startsWith('#') && !member.name.startsWith('_'),
          );
          // The analyzer reads `{ state: true }` entries of `static properties` as attributes: internal
          // state is no attribute (Lit's `state` never reads or reflects one).
          const states = stateProperties();
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => !states.has(attribute.fieldName ?? attribute.name),
          );
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/efa-form.ts', 'src/form-associated-element.ts', 'src/define-efa-form.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
