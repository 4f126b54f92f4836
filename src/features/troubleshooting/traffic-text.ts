import type { Translate } from "../../i18n";
import { protocolLabel } from "../security-groups/rules/rule-display";

/** The traffic of a check in words: "TCP 22", or the protocol alone when it has no port. */
export function trafficText(t: Translate, protocol: string, port?: string | number): string {
  const label = protocolLabel(t, protocol);
  return port === undefined || port === "" ? label : `${label} ${port}`;
}
