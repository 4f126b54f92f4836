import { type ReactNode, useEffect, useRef } from "react";

interface DialogProps {
  /** "side": the drawer for forms; "center": confirmations. */
  placement: "side" | "center";
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  describedBy?: string;
  /** Escape and the close button call this; the parent unmounts the dialog. */
  onClose: () => void;
  width?: "normal" | "medium" | "wide";
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page behind inert and returns
 * focus on close. Mounted only while open; Escape asks the parent to close it.
 */
export function Dialog({ placement, labelledBy, describedBy, onClose, width = "normal", children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${placement} dialog-${width}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        closeRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
