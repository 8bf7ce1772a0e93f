import type { Element } from 'xml-js';
import type { CodeNode, EnumOption, Tags } from './xml-plan.js';
import type { XmlSink } from './write-data.js';

/** Builds what `writeData` decides as xml-js elements (the non-compact form), for `toXmlElement`. */
export class ElementSink implements XmlSink {
  /** The elements written at the outermost depth. */
  readonly elements: Element[] = [];
  /** The child lists of the elements opened and not closed yet, innermost last. */
  private readonly stack: Element[][] = [this.elements];

  leaf(tags: Tags, text: string): void {
    this.add(textElement(tags.name, text));
  }

  open(tags: Tags): void {
    const children: Element[] = [];
    this.add({ type: 'element', name: tags.name, elements: children });
    this.stack.push(children);
  }

  close(): void {
    this.stack.pop();
  }

  code(tags: Tags, node: CodeNode, chosen: EnumOption): void {
    const elements = [textElement('code', chosen.lexical)];
    if (chosen.title !== undefined) elements.push(textElement('name', chosen.title));
    this.add({
      type: 'element',
      name: tags.name,
      attributes: { listURI: node.codeList.listURI, listVersionID: node.codeList.listVersionID },
      elements,
    });
  }

  private add(element: Element): void {
    (this.stack[this.stack.length - 1] as Element[]).push(element);
  }
}

function textElement(name: string, text: string): Element {
  // Stryker disable next-line ConditionalExpression,StringLiteral: <x/> and <x></x> are the same element
  return text === ''
    ? { type: 'element', name }
    : { type: 'element', name, elements: [{ type: 'text', text }] };
}
