// A small element builder, so panels read as the structure they make. It only ever sets text with
// textContent and attributes with setAttribute: untrusted text (region names, file names, the
// address) can never become markup through it.

export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  /** Class names, space separated. */
  class?: string;
  /** Plain text content (set with textContent). */
  text?: string;
  /** Attributes (aria-*, data-testid, for, type, …); null or false leaves the attribute out. */
  attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Event listeners. */
  on?: Partial<{ [E in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[E]) => void }>;
}

/** Creates an element with text, attributes, listeners and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class !== undefined) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.attrs) setAttrs(element, props.attrs);
  if (props.on) {
    for (const [type, listener] of Object.entries(props.on)) {
      if (listener) element.addEventListener(type, listener as EventListener);
    }
  }
  append(element, children);
  return element;
}

/** Sets or removes attributes: true sets an empty attribute, false/null/undefined removes it. */
export function setAttrs(
  element: Element,
  attrs: Readonly<Record<string, string | number | boolean | null | undefined>>,
): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of parent. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let nextId = 0;
/** A document-unique id for label/for and aria-describedby pairs. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
