import type { NetworkInterface } from "@/api/types";
import { callEcs } from "../../../../api/client";
import { afterDelete, invalidateAfterWrite } from "../../../../api/queries";
import { confirmAction } from "../../../../components/confirm";
import type { Translate } from "../../../../i18n";
import { MEMBERSHIP_INVALIDATES } from "../../api";

function nameOf(eni: NetworkInterface): string {
  return eni.NetworkInterfaceName || eni.NetworkInterfaceId;
}

/** ENI-4: detach a secondary ENI from its instance; it becomes Available and keeps its groups. */
export function askDetach(t: Translate, regionId: string, eni: NetworkInterface): void {
  confirmAction({
    title: t("eni.detach.title", { name: nameOf(eni) }),
    body: <p>{t("eni.detach.body", { instance: eni.InstanceId })}</p>,
    confirmLabel: t("eni.action.detach"),
    run: async () => {
      try {
        await callEcs("DetachNetworkInterface", {
          RegionId: regionId,
          NetworkInterfaceId: eni.NetworkInterfaceId,
          InstanceId: eni.InstanceId,
        });
      } finally {
        await invalidateAfterWrite(MEMBERSHIP_INVALIDATES);
      }
    },
    successMessage: t("eni.detach.done", { name: nameOf(eni) }),
  });
}

/** ENI-4: delete an Available ENI; it leaves its groups. */
export function askDeleteEni(
  t: Translate,
  regionId: string,
  eni: NetworkInterface,
  onDeleted: () => Promise<void> | void,
): void {
  confirmAction({
    title: t("eni.delete.title", { name: nameOf(eni) }),
    body: (
      <>
        <p className="identity">
          <span className="truncate">{eni.NetworkInterfaceName || t("eni.unnamed")}</span>
          <code className="mono muted">{eni.NetworkInterfaceId}</code>
        </p>
        <p>{t("eni.delete.body")}</p>
      </>
    ),
    confirmLabel: t("eni.action.delete"),
    run: async () => {
      try {
        await callEcs("DeleteNetworkInterface", { RegionId: regionId, NetworkInterfaceId: eni.NetworkInterfaceId });
      } catch (error) {
        await invalidateAfterWrite(MEMBERSHIP_INVALIDATES);
        throw error;
      }
      await afterDelete(eni.NetworkInterfaceId, onDeleted);
    },
    successMessage: t("eni.delete.done", { name: nameOf(eni) }),
  });
}
