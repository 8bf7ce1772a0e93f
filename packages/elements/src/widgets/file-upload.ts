import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { JsonSchemaObject } from '@efa-forms/core';
import type { Widget } from '../widget-registry.js';
import { ariaInvalid } from '../templates.js';
import { fieldFrame } from '../field-frame.js';
import { fieldKind } from '../field-kind.js';

/** What the form remembers about a chosen file (the data holds only its content). */
interface FileInfo {
  name: string;
  size: number;
}

/** Largest file the schema allows, in bytes: base64 `maxLength` is 4 characters per 3 bytes. */
export function maxFileBytes(schema: JsonSchemaObject): number | undefined {
  if (typeof schema.maxLength !== 'number') return undefined;
  return schema.contentEncoding === 'base64' ? Math.floor(schema.maxLength / 4) * 3 : schema.maxLength;
}

/** Whether a file's type matches `contentMediaType` (`application/pdf`, `image/*`, or a comma list). */
export function acceptsType(mediaType: string | undefined, file: { type: string; name: string }): boolean {
  if (!mediaType) return true;
  return mediaType.split(',').some((entry) => {
    const wanted = entry.trim().toLowerCase();
    const actual = file.type.toLowerCase();
    if (wanted.endsWith('/*')) return actual.startsWith(wanted.slice(0, -1));
    if (wanted.startsWith('.')) return file.name.toLowerCase().endsWith(wanted);
    return actual === wanted;
  });
}

/** Size of a stored value in bytes (base64 decodes to 3 bytes per 4 characters, minus padding). */
function storedBytes(value: string, schema: JsonSchemaObject): number {
  if (schema.contentEncoding !== 'base64') return new Blob([value]).size;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((value.length * 3) / 4) - padding);
}

function readFile(file: File, base64: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.onload = () => {
      const result = String(reader.result);
      resolve(base64 ? result.slice(result.indexOf(',') + 1) : result);
    };
    if (base64) reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}

/**
 * File upload for strings with `contentEncoding: base64` / `contentMediaType`. The type and size limits
 * from the schema are checked before the file is read, with an error naming the field and the limit.
 */
export const fileWidget: Widget = {
  name: 'file',
  match: (schema, hints) => fieldKind(schema, hints) === 'file',
  render(ctx) {
    const mediaType =
      typeof ctx.schema.contentMediaType === 'string' ? ctx.schema.contentMediaType : undefined;
    const maxBytes = maxFileBytes(ctx.schema);
    const limits = ctx.strings.fileLimits(
      mediaType,
      maxBytes === undefined ? undefined : ctx.strings.fileSize(maxBytes),
    );
    const limitsId = `${ctx.ids.control}-limits`;
    const currentId = `${ctx.ids.control}-current`;
    const info = ctx.getViewState<FileInfo>('file');
    const hasValue = typeof ctx.value === 'string' && ctx.value !== '';
    const current = hasValue
      ? info
        ? ctx.strings.fileChosen(info.name, ctx.strings.fileSize(info.size))
        : ctx.strings.fileStored(ctx.strings.fileSize(storedBytes(ctx.value as string, ctx.schema)))
      : undefined;
    const onChange = async (event: Event): Promise<void> => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      ctx.touch();
      if (!file) return;
      if (!acceptsType(mediaType, file)) {
        input.value = '';
        return ctx.setInputError(ctx.strings.fileWrongType(ctx.label, mediaType ?? ''));
      }
      if (maxBytes !== undefined && file.size > maxBytes) {
        input.value = '';
        return ctx.setInputError(ctx.strings.fileTooLarge(ctx.label, ctx.strings.fileSize(maxBytes)));
      }
      try {
        const content = await readFile(file, ctx.schema.contentEncoding === 'base64');
        ctx.setViewState('file', { name: file.name, size: file.size } satisfies FileInfo);
        ctx.setInputError(undefined);
        ctx.setValue(content);
      } catch {
        input.value = '';
        ctx.setInputError(ctx.strings.fileUnreadable(ctx.label));
      }
    };
    const clear = (): void => {
      ctx.setViewState('file', undefined);
      ctx.setInputError(undefined);
      ctx.setValue(undefined);
      ctx.focusAfterRender(ctx.ids.control);
    };
    return fieldFrame(
      ctx,
      {
        kind: 'file',
        note: limits ? { id: limitsId, text: limits } : undefined,
        describedByExtra: [current ? currentId : undefined],
        after: current
          ? html`<p class="file-current" id=${currentId}>${current}</p>
              <button
                type="button"
                part="button button-secondary"
                class="button button--secondary"
                ?disabled=${ctx.disabled || ctx.readOnly}
                @click=${clear}
              >
                ${ctx.strings.removeFile}<span class="visually-hidden">: ${ctx.label}</span>
              </button>`
          : nothing,
      },
      (describedBy) =>
        html`<input
          part="control file"
          class="control control--file"
          type="file"
          id=${ctx.ids.control}
          accept=${ifDefined(mediaType)}
          ?required=${ctx.required && !hasValue}
          ?disabled=${ctx.disabled || ctx.readOnly}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
          @change=${onChange}
        />`,
    );
  },
};
