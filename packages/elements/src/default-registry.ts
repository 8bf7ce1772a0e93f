import { WidgetRegistry, type Widget } from './widget-registry.js';
import { builtinWidgets } from './widgets/index.js';

/** The registry every `<efa-form>` uses unless its `widgets` property is set: the built-in widgets. */
export const defaultRegistry: WidgetRegistry = new WidgetRegistry(builtinWidgets);

/**
 * Adds a widget to the default registry, ahead of the built-in ones: a portal adds a field kind
 * (`match: (schema, hints) => hints.widget === 'rating'`) or replaces one. Forms already on the page
 * pick it up at their next render.
 */
export function registerWidget(widget: Widget): void {
  defaultRegistry.register(widget);
}
