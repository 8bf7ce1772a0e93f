// @efa-forms/cli: the efa command's building blocks (check, compile, pack, FIM import).
export { compileService, type CompileOptions } from './compile-service.js';
export { dataSchema } from './data-schema.js';
export { typesSource } from './types-source.js';
export { packService, type PackOptions } from './pack-service.js';
export { main, version } from './main.js';
export type { Io } from './io.js';
