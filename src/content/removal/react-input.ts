/**
 * Typing into LinkedIn's React-controlled search box. React keeps its own copy of the value and
 * ignores `input.value = ...`; only the native setter followed by an input event reaches it.
 */
// eslint-disable-next-line @typescript-eslint/unbound-method -- the setter is only ever called with .call(input, ...)
const nativeValueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

export function setInputValue(input: HTMLInputElement, value: string, inserted: string | null): void {
  nativeValueSetter.call(input, value);
  input.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      data: inserted,
      inputType: inserted === null ? 'deleteContentBackward' : 'insertText',
    }),
  );
}
