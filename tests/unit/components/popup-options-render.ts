import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a component into a fresh container; `cleanup` unmounts everything rendered so far. */
const containers: HTMLElement[] = [];

export function mount(vnode: VNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => render(vnode, container));
  return container;
}

export function cleanup(): void {
  for (const container of containers.splice(0)) act(() => render(null, container));
  document.body.innerHTML = '';
}

export const byTestId = <E extends Element = HTMLElement>(root: ParentNode, id: string): E => {
  const element = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no element with data-testid="${id}"`);
  return element;
};

export const allByTestId = <E extends Element = HTMLElement>(root: ParentNode, id: string): E[] => [
  ...root.querySelectorAll<E>(`[data-testid="${id}"]`),
];

/** Types into an input or textarea the way a user does: value, then an input event. */
export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function change(element: HTMLInputElement | HTMLSelectElement, value?: string | boolean): void {
  act(() => {
    if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
    else if (value !== undefined) element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(element: Element, key: string, init: KeyboardEventInit = {}): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}
