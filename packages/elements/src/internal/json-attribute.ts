/** Reads `tenant` and `data` attributes as JSON, so a plain HTML page can set them. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      console.error(`efa-form: attribute value is not JSON: ${value.slice(0, 80)}`);
      return undefined;
    }
  },
  toAttribute: (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value)),
};
