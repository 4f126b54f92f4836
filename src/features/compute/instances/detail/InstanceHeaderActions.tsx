import { Link, useNavigate } from "react-router";
import type { Instance } from "@/api/types";
import { useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { Button } from "../../../../ui/Button";
import { Icon } from "../../../../ui/Icon";
import { askDelete, askStart, askStop } from "../instance-actions";

/**
 * The instance page's header actions. Links to tools about this instance from other areas
 * (the troubleshooting page) belong here, before the lifecycle buttons.
 */
export function InstanceHeaderActions({ regionId, instance }: { regionId: string; instance: Instance }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      {/* DIAG-1: the troubleshooting page with this instance picked. */}
      <Link className="btn btn-secondary" to={pb.troubleshooting({ regionId }, { instance: instance.InstanceId })}>
        <Icon name="wrench" />
        {t("diag.link.troubleshoot")}
      </Link>
      {instance.Status === "Running" && (
        <Button onClick={() => askStop(t, regionId, instance)}>{t("inst.action.stop")}</Button>
      )}
      {instance.Status === "Stopped" && (
        <Button onClick={() => askStart(t, regionId, instance)}>{t("inst.action.start")}</Button>
      )}
      <Button
        className="btn-danger-outline"
        onClick={() => askDelete(t, regionId, instance, () => navigate(pb.instances({ regionId })))}
      >
        <Icon name="trash" />
        {t("inst.action.delete")}
      </Button>
    </>
  );
}
