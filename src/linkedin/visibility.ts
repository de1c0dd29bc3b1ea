/** Visible to a person: laid out with a size, and not hidden by style. Checked before any click. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
}
