import type { Instance } from "@/api/types";
import { confirmAction } from "../../../components/confirm";
import type { Translate } from "../../../i18n";
import { deleteInstance, STATUS_INVALIDATES, startInstance, stopInstance } from "./instance-writes";

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
    run: () => startInstance(regionId, instance.InstanceId),
    effects: { invalidates: STATUS_INVALIDATES },
    successMessage: t("inst.start.done", { name: nameOf(instance) }),
  });
}

/** ENI-1: stop a running instance, after a confirmation that says what stops. */
export function askStop(t: Translate, regionId: string, instance: Instance): void {
  confirmAction({
    title: t("inst.stop.title", { name: nameOf(instance) }),
    body: <p>{t("inst.stop.body")}</p>,
    confirmLabel: t("inst.action.stop"),
    run: () => stopInstance(regionId, instance.InstanceId),
    effects: { invalidates: STATUS_INVALIDATES },
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
    run: () => deleteInstance(regionId, instance.InstanceId, running),
    effects: { deletes: { id: instance.InstanceId, leave: onDeleted } },
    successMessage: t("inst.delete.done", { name: nameOf(instance) }),
  });
}
