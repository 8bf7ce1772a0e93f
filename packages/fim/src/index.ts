// @efa-forms/fim: FIM XDatenfelder Stammdatenschema and genericode code lists to service definitions.
export {};
