import { useEffect } from "react";
import { useT } from "../i18n";

/** Sets the tab's title: "<page> · ECS Security Groups". */
export function DocumentTitle({ title }: { title: string }) {
  const t = useT();
  const app = t("app.name");
  useEffect(() => {
    document.title = `${title} · ${app}`;
  }, [title, app]);
  return null;
}
