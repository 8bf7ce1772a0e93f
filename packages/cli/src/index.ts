// @efa-forms/cli: the efa command's building blocks (check, compile, pack, FIM import).
export { compileService, type CompileOptions } from './compile-service.js';
