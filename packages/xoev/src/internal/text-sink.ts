import { escapeAttribute, escapeText } from './escape.js';
import type { CodeNode, EnumOption, Tags } from './xml-plan.js';
import type { XmlSink } from './write-data.js';

/** Code list parts written once per code node and option. */
const codeOpenings = new WeakMap<CodeNode, string>();
const optionXml = new WeakMap<EnumOption, string>();
/** Whole code elements by indentation, property, option and depth: a message repeats few codes. */
const codeElements = new Map<string, WeakMap<Tags, Map<EnumOption, string[]>>>();

const CODE_TAGS: Tags = {
  // Stryker disable next-line StringLiteral: TextSink writes the tags and never reads the name
  name: 'code',
  open: '<code>',
  close: '</code>',
  empty: '<code/>',
};
const NAME_TAGS: Tags = {
  // Stryker disable next-line StringLiteral: TextSink writes the tags and never reads the name
  name: 'name',
  open: '<name>',
  close: '</name>',
  empty: '<name/>',
};

/**
 * Writes what `writeData` decides straight into the message text, each element on its own line at its
 * depth: the same XML as building xml-js elements and writing them, without the intermediate objects
 * (bench/xml.bench.ts measures both).
 */
export class TextSink implements XmlSink {
  /** The XML written so far. */
  text = '';
  // Stryker disable next-line ArrayDeclaration: depth 0 is the root element, which toXml writes itself
  private readonly newlines: string[] = [];
  /** An element opened and not written yet: it is written empty if nothing comes before its end. */
  private pending: Tags | undefined;
  private pendingDepth = 0;

  constructor(private readonly indent: string) {}

  leaf(tags: Tags, text: string, plain: boolean, depth: number): void {
    if (this.pending) this.flush();
    this.text +=
      this.newline(depth) +
      // Stryker disable next-line ConditionalExpression,StringLiteral: <x/> and <x></x> are the same element
      (text === '' ? tags.empty : tags.open + (plain ? text : escapeText(text)) + tags.close);
  }

  open(tags: Tags, depth: number): void {
    if (this.pending) this.flush();
    this.pending = tags;
    this.pendingDepth = depth;
  }

  close(tags: Tags, depth: number): void {
    if (this.pending) {
      // Nothing was written since `open`, so the element still pending is this one.
      this.pending = undefined;
      this.text += this.newline(depth) + tags.empty;
    } else this.text += this.newline(depth) + tags.close;
  }

  code(tags: Tags, node: CodeNode, chosen: EnumOption, depth: number): void {
    if (this.pending) this.flush();
    let byTags = codeElements.get(this.indent);
    // Stryker disable next-line ConditionalExpression: a cache miss only computes the same text again
    if (!byTags) codeElements.set(this.indent, (byTags = new WeakMap()));
    let byOption = byTags.get(tags);
    // Stryker disable next-line ConditionalExpression: a cache miss only computes the same text again
    if (!byOption) byTags.set(tags, (byOption = new Map()));
    let byDepth = byOption.get(chosen);
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a cache miss only computes the same text again; depth 0 is never a code
    if (!byDepth) byOption.set(chosen, (byDepth = []));
    let xml = byDepth[depth];
    // Stryker disable next-line ConditionalExpression: a cache miss only computes the same text again
    if (xml === undefined) {
      let opening = codeOpenings.get(node);
      // Stryker disable next-line ConditionalExpression: a cache miss only computes the same text again
      if (opening === undefined) {
        opening = ` listURI="${escapeAttribute(node.codeList.listURI)}" listVersionID="${escapeAttribute(node.codeList.listVersionID)}">`;
        codeOpenings.set(node, opening);
      }
      let inner = optionXml.get(chosen);
      // Stryker disable next-line ConditionalExpression: a cache miss only computes the same text again
      if (inner === undefined) {
        // Escaped once; U+0000 (never in XML text) marks where the indentation goes.
        inner = element(CODE_TAGS, chosen.lexical);
        if (chosen.title !== undefined) inner += '\u0000' + element(NAME_TAGS, chosen.title);
        optionXml.set(chosen, inner);
      }
      const nl = this.newline(depth + 1);
      xml =
        tags.open.slice(0, -1) +
        opening +
        nl +
        inner.replace('\u0000', nl) +
        this.newline(depth) +
        tags.close;
      byDepth[depth] = xml;
    }
    this.text += this.newline(depth) + xml;
  }

  private flush(): void {
    this.text += this.newline(this.pendingDepth) + (this.pending as Tags).open;
    this.pending = undefined;
  }

  private newline(depth: number): string {
    let nl = this.newlines[depth];
    // Stryker disable next-line ConditionalExpression: a cache miss only computes the same text again
    if (nl === undefined) {
      nl = this.indent === '' ? '' : '\n' + this.indent.repeat(depth);
      this.newlines[depth] = nl;
    }
    return nl;
  }
}

function element(tags: Tags, text: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: <x/> and <x></x> are the same element
  return text === '' ? tags.empty : tags.open + escapeText(text) + tags.close;
}
