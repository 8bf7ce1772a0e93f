const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

/**
 * The XML indented by two spaces per level, one element per line, text content unchanged (only
 * whitespace between elements is re-laid), for reading. Not well-formed input comes back as it is.
 */
export function prettyXml(xml: string): string {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return xml;
  const declaration = /^<\?xml[^?]*\?>/.exec(xml)?.[0];
  const lines: string[] = declaration ? [declaration] : [];
  const write = (element: Element, depth: number): void => {
    const indent = '  '.repeat(depth);
    const attributes = Array.from(
      element.attributes,
      (attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`,
    ).join('');
    const children = Array.from(element.childNodes).filter(
      (node) => node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() !== '',
    );
    if (children.length === 0) {
      lines.push(`${indent}<${element.tagName}${attributes}/>`);
    } else if (
      children.every((node) => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE)
    ) {
      lines.push(
        `${indent}<${element.tagName}${attributes}>${escapeText(element.textContent ?? '')}</${element.tagName}>`,
      );
    } else {
      lines.push(`${indent}<${element.tagName}${attributes}>`);
      for (const child of children) {
        if (child.nodeType === Node.ELEMENT_NODE) write(child as Element, depth + 1);
        else if (child.nodeType === Node.COMMENT_NODE)
          lines.push(`${indent}  <!--${child.textContent ?? ''}-->`);
        else lines.push(`${indent}  ${escapeText((child.textContent ?? '').trim())}`);
      }
      lines.push(`${indent}</${element.tagName}>`);
    }
  };
  write(document.documentElement, 0);
  return lines.join('\n') + '\n';
}
