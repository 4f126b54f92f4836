import type { Instance } from "@/api/types";
import { callEcs } from "../../../api/client";
import { afterDelete, invalidateAfterWrite } from "../../../api/queries";
import { confirmAction } from "../../../components/confirm";
import type { Translate } from "../../../i18n";
import { MEMBERSHIP_INVALIDATES } from "../api";

/** What an instance's status change can make stale. */
const STATUS_INVALIDATES = ["DescribeInstances"];

function nameOf(instance: Instance): string {
  return instance.InstanceName || instance.InstanceId;
}

/** ENI-1: start a stopped instance, after a confirmation. */
export function askStart(t: Translate, regionId: string, instance: Instance): void {
  confirmAction({
    title: t("inst.start.title", { name: nameOf(instance) }),
    body: <p>{t("inst.start.body")}</p>,
    confirmLabel: t("inst.action.start"),
    tone: "primary",
    run: async () => {
      try {
        await callEcs("StartInstance", { RegionId: regionId, InstanceId: instance.InstanceId });
      } finally {
        await invalidateAfterWrite(STATUS_INVALIDATES);
      }
    },
    successMessage: t("inst.start.done", { name: nameOf(instance) }),
  });
}

/** ENI-1: stop a running instance, after a confirmation that says what stops. */
export function askStop(t: Translate, regionId: string, instance: Instance): void {
  confirmAction({
    title: t("inst.stop.title", { name: nameOf(instance) }),
    body: <p>{t("inst.stop.body")}</p>,
    confirmLabel: t("inst.action.stop"),
    run: async () => {
      try {
        await callEcs("StopInstance", { RegionId: regionId, InstanceId: instance.InstanceId });
      } finally {
        await invalidateAfterWrite(STATUS_INVALIDATES);
      }
    },
    successMessage: t("inst.stop.done", { name: nameOf(instance) }),
  });
}

/**
 * ENI-1: release an instance. A running one is released with Force=true, and the dialog says
 * so; its primary ENI goes with it, secondary ENIs are detached and kept.
 */
export function askDelete(
  t: Translate,
  regionId: string,
  instance: Instance,
  onDeleted?: () => Promise<void> | void,
): void {
  const running = instance.Status !== "Stopped";
  confirmAction({
    title: t("inst.delete.title", { name: nameOf(instance) }),
    body: (
      <>
        <p className="identity">
          <span className="truncate">{instance.InstanceName}</span>
          <code className="mono muted">{instance.InstanceId}</code>
        </p>
        <p>{t("inst.delete.body")}</p>
        {running && <p>{t("inst.delete.running")}</p>}
      </>
    ),
    confirmLabel: t("inst.action.delete"),
    run: async () => {
      try {
        await callEcs("DeleteInstance", {
          RegionId: regionId,
          InstanceId: instance.InstanceId,
          Force: running ? true : undefined,
        });
      } catch (error) {
        await invalidateAfterWrite();
        throw error;
      }
      await afterDelete(instance.InstanceId, onDeleted);
    },
    successMessage: t("inst.delete.done", { name: nameOf(instance) }),
  });
}

/** ENI-3: take an instance out of one group (LeaveSecurityGroup); memberships are read again either way. */
export async function leaveGroup(regionId: string, instanceId: string, securityGroupId: string): Promise<void> {
  try {
    await callEcs("LeaveSecurityGroup", {
      RegionId: regionId,
      InstanceId: instanceId,
      SecurityGroupId: securityGroupId,
    });
  } finally {
    await invalidateAfterWrite(MEMBERSHIP_INVALIDATES);
  }
}
