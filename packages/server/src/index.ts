// @efa-forms/server: the Node intake for submissions (validate, prune, XÖV XML, outbox).
export {};
