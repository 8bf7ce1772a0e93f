// @efa-forms/cli: the efa command's building blocks (check, compile, pack, FIM import).
export {};
