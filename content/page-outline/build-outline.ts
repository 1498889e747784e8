import { recognisePage } from '../alma';
import {
  type FrameOutline,
  maskNumbers,
  OUTLINE_FORMAT,
  OUTLINE_VERSION,
  type OutlineElement,
  outlineAriaValue,
  outlinePath,
  outlineToken,
  type PageOutline,
} from '../../lib/page-outline';

/** Enough for the largest Metadata Editor grid; a page past it is cut short (and says so). */
export const OUTLINE_ELEMENT_LIMIT = 50_000;

/** Form controls whose `name` and `type` the outline keeps. */
const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
const FRAME_TAGS = new Set(['iframe', 'frame']);

interface Budget {
  elements: number;
  frames: number;
  truncated: boolean;
}

/**
 * The outline of `doc` and every same-origin frame inside it (Alma's chain iframe#yardsNgWrapper >
 * iframe#yards_iframe, popups in iframe#iframePopupIframe), read in this content script: Alma's frames are
 * same-origin, so one frame can read the documents below it. Only element structure is read — tag, id, classes,
 * role, name and type of form controls, aria attribute names (values only for tokens and id references) — never
 * a text node, a value, a title, an href or a query string; numbers of four digits or more are masked.
 */
export function buildPageOutline(doc: Document): PageOutline {
  const budget: Budget = { elements: 0, frames: 0, truncated: false };
  const top = frameOutline(doc, null, budget);
  return {
    format: OUTLINE_FORMAT,
    version: OUTLINE_VERSION,
    elements: budget.elements,
    frames: budget.frames,
    truncated: budget.truncated,
    top,
  };
}

function frameOutline(doc: Document | null, frameId: string | null, budget: Budget): FrameOutline {
  budget.frames++;
  const id = frameId === null ? null : maskNumbers(frameId);
  if (!doc?.documentElement) return { frameId: id, path: '', kind: 'other', missing: [], readable: false, root: null };
  const page = recogniseSafely(doc, frameId);
  return {
    frameId: id,
    path: outlinePath(doc.URL),
    kind: page.kind,
    missing: [...page.missing],
    readable: true,
    root: elementOutline(doc.documentElement, budget),
  };
}

function recogniseSafely(doc: Document, frameId: string | null) {
  try {
    return recognisePage(doc, { frameId, isTopFrame: frameId === null });
  } catch {
    return { kind: 'other' as const, missing: [] };
  }
}

function elementOutline(element: Element, budget: Budget): OutlineElement {
  budget.elements++;
  const tag = element.localName.toLowerCase();
  const node: OutlineElement = { tag };
  if (element.id) node.id = maskNumbers(element.id);
  const classes = Array.from(element.classList, maskNumbers);
  if (classes.length > 0) node.classes = classes;
  const role = outlineToken(element.getAttribute('role'));
  if (role) node.role = role;
  if (FORM_CONTROLS.has(tag)) {
    const name = element.getAttribute('name');
    if (name) node.name = maskNumbers(name);
    const type = outlineToken(element.getAttribute('type'));
    if (type) node.type = type;
  }
  const aria: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('aria-')) aria[name] = outlineAriaValue(name, attribute.value);
  }
  if (Object.keys(aria).length > 0) node.aria = aria;

  if (FRAME_TAGS.has(tag)) {
    node.frame = frameOutline(frameDocument(element as HTMLIFrameElement), element.id || null, budget);
    return node;
  }
  const children: OutlineElement[] = [];
  for (const child of Array.from(element.children)) {
    if (budget.elements >= OUTLINE_ELEMENT_LIMIT) {
      budget.truncated = true;
      break;
    }
    children.push(elementOutline(child, budget));
  }
  if (children.length > 0) node.children = children;
  return node;
}

/** The frame's document when this script may read it (same origin, loaded), else null. */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}
