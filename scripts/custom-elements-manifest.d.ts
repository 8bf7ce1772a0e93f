/** Writes packages/elements/custom-elements.json from the JSDoc (see custom-elements-manifest.js). */
export function writeCustomElementsManifest(): void;
export default writeCustomElementsManifest;
