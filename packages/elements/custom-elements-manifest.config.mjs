// @custom-elements-manifest/analyzer: writes custom-elements.json (shipped with the package, read by
// IDEs and Storybook's docs pages) from the JSDoc of <efa-form>. Run by scripts/build.js and by
// .storybook/main.ts through scripts/custom-elements-manifest.js.

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
          declaration.members = (declaration.members ?? []).filter(
            (member) => !member.privacy && !member.name.startsWith('#') && !member.name.startsWith('_'),
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
