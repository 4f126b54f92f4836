import { useId } from "react";
import { DialogHeader } from "../../../components/DialogHeader";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { SNAPSHOT_SERVICE_ROLE } from "./service-role";

/**
 * SNAP-1: the one-time authorisation before the first policy. It says what the role lets the
 * snapshot service do (write snapshots to, and read them from, the OSS bucket) and what it costs.
 */
export function ServiceRoleDialog({ onAuthorise, onCancel }: { onAuthorise: () => void; onCancel: () => void }) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog placement="center" labelledBy={titleId} describedBy={bodyId} onClose={onCancel} width="medium">
      <DialogHeader titleId={titleId} title={t("snap.role.title")} />
      <div id={bodyId} className="dialog-body">
        <p>{t("snap.role.intro")}</p>
        <p className="identity">
          <span className="muted">{t("snap.role.name")}</span>
          <code className="mono">{SNAPSHOT_SERVICE_ROLE}</code>
        </p>
        <ul className="role-permissions">
          <li>{t("snap.role.allowWrite")}</li>
          <li>{t("snap.role.allowRead")}</li>
          <li>{t("snap.role.noOther")}</li>
        </ul>
        <Callout tone="info">{t("snap.ossNote")}</Callout>
        <p className="muted">{t("snap.role.once")}</p>
      </div>
      <div className="dialog-footer">
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
        <Button variant="primary" onClick={onAuthorise}>
          {t("snap.role.authorise")}
        </Button>
      </div>
    </Dialog>
  );
}
