import { type FormEvent, type ReactNode, useId } from "react";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { DialogHeader } from "./DialogHeader";
import { ProblemCallout } from "./ProblemMessage";
import type { Problem } from "./problem";

interface SideModalFormProps {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onDismiss: () => void;
  /** A request is running: submit shows a spinner, dismissing waits. */
  busy?: boolean;
  /** An error no field of the form can show (fields show their own). */
  problem?: Problem;
  /** Lines above the footer buttons: a quota, a live meter. */
  footerNote?: ReactNode;
  submitDisabled?: boolean;
  /** "wide" for forms laid out as a table (the rule editor), "medium" for forms with a comparison. */
  width?: "normal" | "medium" | "wide";
  children: ReactNode;
}

/**
 * The one form shell: a side drawer with a title, a scrolling body, the form-level error and a
 * footer with Cancel and the submit button. Every drawer form uses it (directly or through
 * EditNameDescriptionDrawer); the launch page is a page of its own, not a drawer.
 */
export function SideModalForm({
  title,
  submitLabel,
  onSubmit,
  onDismiss,
  busy = false,
  problem,
  footerNote,
  submitDisabled,
  width = "normal",
  children,
}: SideModalFormProps) {
  const t = useT();
  const titleId = useId();
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog placement="side" labelledBy={titleId} onClose={() => !busy && onDismiss()} width={width}>
      <DialogHeader titleId={titleId} title={title} onClose={onDismiss} closeDisabled={busy} />
      <form id={formId} className="dialog-body side-form" noValidate onSubmit={submit}>
        {problem && <ProblemCallout problem={problem} />}
        {children}
      </form>
      <div className="dialog-footer">
        {footerNote && <div className="dialog-footer-note">{footerNote}</div>}
        <Button onClick={onDismiss} disabled={busy}>
          {t("common.cancel")}
        </Button>
        <Button variant="primary" type="submit" form={formId} busy={busy} disabled={submitDisabled}>
          {submitLabel}
        </Button>
      </div>
    </Dialog>
  );
}
