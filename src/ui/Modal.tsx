import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal on the native <dialog>: showModal() makes the rest of the page inert, Escape fires
 * "cancel" (turned into onCancel), and Tab is kept inside the dialog (wrapping from the last
 * control to the first) so keyboard focus never wanders behind it. Focus returns to whatever
 * opened the dialog when it closes.
 */
interface ModalProps {
  title: string;
  /** Id for the heading; the dialog is labelled by it. */
  titleId: string;
  children: ComponentChildren;
  actions: ComponentChildren;
  onCancel: () => void;
  testId?: string;
}

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

export function Modal({ title, titleId, children, actions, onCancel, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef(onCancel);
  cancelRef.current = onCancel;

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const onCancelEvent = (event: Event) => {
      event.preventDefault(); // we close it ourselves, so the page state stays the one truth
      cancelRef.current();
    };
    // Chrome may close a modal on a repeated Escape even when "cancel" is prevented: a dialog
    // closed by the browser is a cancel too, or the page would think it is still open.
    const onCloseEvent = () => cancelRef.current();
    dialog.addEventListener('cancel', onCancelEvent);
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
      opener?.focus?.();
    };
  }, []);

  function trapTab(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const focusable = [...ref.current!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog ref={ref} class="modal" aria-labelledby={titleId} onKeyDown={trapTab} data-testid={testId}>
      <div class="modal-body">
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
      <div class="modal-actions">{actions}</div>
    </dialog>
  );
}
