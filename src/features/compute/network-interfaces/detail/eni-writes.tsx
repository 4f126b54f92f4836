import type { NetworkInterface } from "@/api/types";
import { callEcs } from "../../../../api/client";
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
    run: () =>
      callEcs("DetachNetworkInterface", {
        RegionId: regionId,
        NetworkInterfaceId: eni.NetworkInterfaceId,
        InstanceId: eni.InstanceId,
      }),
    effects: { invalidates: MEMBERSHIP_INVALIDATES },
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
    run: () => callEcs("DeleteNetworkInterface", { RegionId: regionId, NetworkInterfaceId: eni.NetworkInterfaceId }),
    effects: { deletes: { id: eni.NetworkInterfaceId, leave: onDeleted } },
    successMessage: t("eni.delete.done", { name: nameOf(eni) }),
  });
}

/** ENI-4: attach an Available ENI to an instance of its VPC and zone. */
export function attachEni(regionId: string, networkInterfaceId: string, instanceId: string) {
  return callEcs("AttachNetworkInterface", {
    RegionId: regionId,
    NetworkInterfaceId: networkInterfaceId,
    InstanceId: instanceId,
  });
}

/** ENI-4: an ENI's name and description. */
export function modifyEniAttribute(
  regionId: string,
  networkInterfaceId: string,
  values: { name: string; description: string },
) {
  return callEcs("ModifyNetworkInterfaceAttribute", {
    RegionId: regionId,
    NetworkInterfaceId: networkInterfaceId,
    NetworkInterfaceName: values.name,
    Description: values.description,
  });
}

export interface CreateEniValues {
  vswitchId: string;
  groupIds: string[];
  name: string;
  description: string;
  primaryIp: string;
  tags: ReadonlyArray<{ Key: string; Value: string }>;
}

/** ENI-4: a secondary ENI in a vSwitch, in 1-10 groups of its VPC. */
export function createEni(regionId: string, values: CreateEniValues) {
  return callEcs("CreateNetworkInterface", {
    RegionId: regionId,
    VSwitchId: values.vswitchId,
    SecurityGroupIds: values.groupIds,
    NetworkInterfaceName: values.name,
    Description: values.description,
    PrimaryIpAddress: values.primaryIp,
    Tag: [...values.tags],
  });
}
