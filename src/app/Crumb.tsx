import { type MessageKey, useT } from "../i18n";

/** A breadcrumb label from the catalogue (route handles render it, so it follows the language). */
export function Crumb({ label }: { label: MessageKey }) {
  const t = useT();
  return <>{t(label)}</>;
}
