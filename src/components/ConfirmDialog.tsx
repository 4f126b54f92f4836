import { useId, useState } from "react";
import { runWrite } from "../api/queries";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { Dialog } from "../ui/Dialog";
import { useConfirmStore } from "./confirm";
import { DialogHeader } from "./DialogHeader";
import { toProblem } from "./problem";
import { toast } from "./toasts";

/** Rendered once by the shell; opened through `confirmAction()`. */
export function ConfirmDialog() {
  const request = useConfirmStore((state) => state.request);
  const close = useConfirmStore((state) => state.close);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  if (!request) return null;

  const confirm = async () => {
    setBusy(true);
    try {
      await runWrite(request.run, request.effects);
      if (request.successMessage) toast.success(request.successMessage);
    } catch (error) {
      toast.error(toProblem(error), t("error.title"));
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <Dialog placement="center" labelledBy={titleId} describedBy={bodyId} onClose={() => !busy && close()}>
      <DialogHeader titleId={titleId} title={request.title} />
      <div id={bodyId} className="dialog-body">
        {request.body}
      </div>
      <div className="dialog-footer">
        <Button onClick={close} disabled={busy}>
          {t("common.cancel")}
        </Button>
        <Button variant={request.tone === "primary" ? "primary" : "danger"} busy={busy} onClick={confirm}>
          {request.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
