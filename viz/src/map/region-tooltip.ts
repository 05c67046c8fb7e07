// The box that shows a region's name and figures next to its circle, and the polite live region
// that reads the same to screen-reader users as the keyboard highlight moves. Region names come
// from world files, so everything here is set with textContent.

export type DescriptionRows = ReadonlyArray<readonly [string, string]>;

export interface RegionTooltip {
  readonly element: HTMLDivElement;
  /** Fills the box and places it beside `anchor` (the circle), inside the map's wrapper. */
  show(name: string, rows: DescriptionRows, anchor: Element): void;
  hide(): void;
  readonly visible: boolean;
}

export function createRegionTooltip(wrapper: HTMLElement): RegionTooltip {
  const document = wrapper.ownerDocument;
  const element = document.createElement("div");
  element.className = "region-map-tooltip";
  element.hidden = true;
  // Placement needs these; the look (font, colours) is the page stylesheet's to refine.
  Object.assign(element.style, {
    position: "absolute",
    pointerEvents: "none",
    zIndex: "10",
    maxWidth: "18rem",
    background: "#ffffff",
    color: "#222222",
    border: "1px solid #999999",
    borderRadius: "4px",
    padding: "0.4rem 0.6rem",
    fontSize: "0.8125rem",
    boxShadow: "0 2px 6px rgba(0, 0, 0, 0.2)",
  } satisfies Partial<CSSStyleDeclaration>);
  wrapper.append(element);

  return {
    element,
    get visible() {
      return !element.hidden;
    },
    show(name, rows, anchor) {
      const heading = document.createElement("div");
      heading.className = "region-map-tooltip-name";
      heading.style.fontWeight = "600";
      heading.textContent = name;
      const list = document.createElement("dl");
      list.style.margin = "0.25rem 0 0";
      list.style.display = "grid";
      list.style.gridTemplateColumns = "auto auto";
      list.style.columnGap = "0.75rem";
      for (const [label, value] of rows) {
        const term = document.createElement("dt");
        term.textContent = label;
        const detail = document.createElement("dd");
        detail.textContent = value;
        detail.style.margin = "0";
        detail.style.textAlign = "right";
        list.append(term, detail);
      }
      element.replaceChildren(heading, list);
      element.hidden = false;
      place(element, wrapper, anchor);
    },
    hide() {
      element.hidden = true;
    },
  };
}

/** To the right of the circle, or to its left where the right would leave the map. */
function place(element: HTMLElement, wrapper: HTMLElement, anchor: Element): void {
  const box = wrapper.getBoundingClientRect();
  const target = anchor.getBoundingClientRect();
  const gap = 8;
  let left = target.right - box.left + gap;
  if (left + element.offsetWidth > box.width) left = target.left - box.left - gap - element.offsetWidth;
  const top = Math.min(target.top - box.top, Math.max(0, box.height - element.offsetHeight));
  element.style.left = `${Math.max(0, left)}px`;
  element.style.top = `${Math.max(0, top)}px`;
}

/** A visually hidden, polite live region: what it is given is read out once, without moving focus. */
export function createLiveRegion(wrapper: HTMLElement): HTMLDivElement {
  const element = wrapper.ownerDocument.createElement("div");
  element.className = "region-map-live";
  element.setAttribute("aria-live", "polite");
  element.setAttribute("aria-atomic", "true");
  Object.assign(element.style, {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: "0",
  } satisfies Partial<CSSStyleDeclaration>);
  wrapper.append(element);
  return element;
}
