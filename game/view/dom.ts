/**
 * Tiny DOM builders for the control panel: every control is a real <button>, so it is reachable by Tab,
 * pressed by Enter or Space, and read by screen readers. No framework.
 */

type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

export function button(label: string, onPress: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', () => onPress());
  return b;
}

/** A button that stays pressed or not (aria-pressed), for choosing cards and options. */
export function toggle(label: string, pressed: boolean, onToggle: (pressed: boolean) => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = button(label, () => {
    const now = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(now));
    onToggle(now);
  }, attrs);
  b.setAttribute('aria-pressed', String(pressed));
  return b;
}
