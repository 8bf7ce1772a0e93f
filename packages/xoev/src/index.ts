// @efa-forms/xoev: XÖV-style XML for efa-forms. Serialise, parse, generate the XSD, validate.

export { toXml, toXmlElement, type MessageOptions, type ToXmlOptions } from './to-xml.js';
export { fromXml, type FromXmlOptions, type ParsedMessage } from './from-xml.js';
export { toXsd } from './to-xsd.js';
export { xoevDefinitionRules, xmlNameRule } from './xoev-definition-rules.js';
export {
  validateXml,
  type ValidateXmlOptions,
  type XmlValidationProblem,
  type XmlValidationResult,
} from './validate-xml.js';
export {
  behoerdeFromTenant,
  toBehoerde,
  type Behoerde,
  type BehoerdeInput,
  type Erreichbarkeit,
  type HeaderOptions,
  type MessageHeader,
  type XoevCode,
} from './header.js';
export {
  XmlError,
  XmlValueError,
  InvalidDataError,
  type DataProblem,
  type XmlErrorDetails,
} from './xml-error.js';
export { XOEV_CODE_LISTS, XOEV_NAMESPACES, XOEV_PREFIXES, XOEV_SCHEMA_LOCATIONS } from './xoev-schemas.js';
