import { expect } from 'vitest';
import { XmlError } from '../xml-error.js';

/** The XmlError `run` throws; fails the test when it throws nothing or something else. */
export function caught(run: () => unknown): XmlError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
    return error as XmlError;
  }
  throw new Error('no error');
}
