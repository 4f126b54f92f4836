import { useState } from "react";
import { MAX_QUOTA } from "@/engine/validate";
import { useEcsForm } from "../../../components/ecs-form";
import { FieldError } from "../../../components/ProblemMessage";
import { SideModalForm } from "../../../components/SideModalForm";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { Field } from "../../../ui/Field";
import { modifyGroupQuota, QUOTA_EFFECTS } from "./quota-writes";

/**
 * SG-1: raise (or lower, down to what is used) the region's security-group quota, as the quota
 * center does. The engine checks the value again (InvalidParameter.QuotaValue).
 */
export function RaiseQuotaDrawer({
  regionId,
  used,
  current,
  onClose,
}: {
  regionId: string;
  used: number;
  current: number;
  onClose: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState(String(current));
  const form = useEcsForm({
    write: (next: number) => modifyGroupQuota(regionId, next),
    effects: QUOTA_EFFECTS,
    fields: ["Value"],
  });
  const minimum = Math.max(1, used);
  const number = Number(value);
  const valid = /^\d+$/.test(value.trim()) && number >= minimum && number <= MAX_QUOTA;
  const serverAtValue = form.serverAt("Value");

  const submit = () =>
    form.submit(number, {
      valid,
      onSuccess: () => {
        toast.success(t("sg.quota.saved", { quota: number }));
        onClose();
      },
    });

  return (
    <SideModalForm
      title={t("sg.quota.title")}
      submitLabel={t("common.save")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={form.busy}
      problem={form.unplaced}
    >
      <p>{t("sg.quota.intro", { used, quota: current })}</p>
      <Field
        label={t("sg.quota.value")}
        hint={t("sg.quota.hint", { min: minimum, max: MAX_QUOTA })}
        error={
          (form.submitted && !valid && t("sg.quota.invalid", { min: minimum, max: MAX_QUOTA })) ||
          (serverAtValue && <FieldError problem={serverAtValue} />)
        }
      >
        {(control) => (
          <input {...control} inputMode="numeric" value={value} onChange={(event) => setValue(event.target.value)} />
        )}
      </Field>
    </SideModalForm>
  );
}
