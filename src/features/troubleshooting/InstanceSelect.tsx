import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import type { Instance } from "@/api/types";
import { useT } from "../../i18n";
import { Field } from "../../ui/Field";
import { instancePickerQuery, PICKER_PAGE_SIZE } from "./api";

/** "web-1 (i-…) · 192.168.1.10 · Stopped": what a person recognises an instance by. */
export function instanceOptionLabel(instance: Instance, stoppedLabel: string): string {
  const ip = instance.VpcAttributes.PrivateIpAddress.IpAddress[0];
  const name = instance.InstanceName && instance.InstanceName !== instance.InstanceId ? instance.InstanceName : "";
  return [
    name ? `${name} (${instance.InstanceId})` : instance.InstanceId,
    ip,
    instance.Status === "Stopped" ? stoppedLabel : undefined,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Picks an instance among thousands: a name or id filter and one page of matches (never the
 * whole region). The chosen instance stays an option even when the filter leaves it out.
 */
export function InstanceSelect({
  regionId,
  label,
  value,
  chosen,
  exclude,
  error,
  onChange,
}: {
  regionId: string;
  label: string;
  value: string;
  /** The chosen instance's details, when known. */
  chosen?: Instance;
  exclude?: string;
  /** Why the choice cannot be used (shown under the list). */
  error?: string;
  onChange: (instanceId: string) => void;
}) {
  const t = useT();
  const [text, setText] = useState("");
  const needle = useDeferredValue(text);
  const page = useQuery({ ...instancePickerQuery(regionId, needle), placeholderData: (previous) => previous });
  const found = (page.data?.Instances.Instance ?? []).filter((instance) => instance.InstanceId !== exclude);
  const options = chosen && !found.some((i) => i.InstanceId === chosen.InstanceId) ? [chosen, ...found] : found;
  const stopped = t("diag.target.stopped");

  return (
    <div className="diag-instance-select">
      <Field label={t("diag.target.filter", { what: label })} hint={t("diag.target.filterHint")}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={text}
            placeholder={t("diag.target.filterPlaceholder")}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={label}
        error={error}
        hint={found.length >= PICKER_PAGE_SIZE ? t("diag.target.more", { count: PICKER_PAGE_SIZE }) : undefined}
      >
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="" disabled>
              {options.length === 0 ? t("diag.target.noMatch") : t("diag.target.choose")}
            </option>
            {options.map((instance) => (
              <option key={instance.InstanceId} value={instance.InstanceId}>
                {instanceOptionLabel(instance, stopped)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
