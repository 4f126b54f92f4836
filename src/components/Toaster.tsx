import { useT } from "../i18n";
import { Icon } from "../ui/Icon";
import { ProblemMessage } from "./ProblemMessage";
import { useToastStore } from "./toasts";

export function Toaster() {
  const t = useT();
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <section className="toaster" aria-label={t("common.notifications")}>
      {toasts.map((item) => (
        <div key={item.id} className={`toast toast-${item.tone}`} role={item.tone === "error" ? "alert" : "status"}>
          <Icon name={item.tone === "error" ? "error" : "check"} className="toast-icon" />
          <div className="toast-body">
            {item.message && <p className="toast-message">{item.message}</p>}
            {item.problem && <ProblemMessage problem={item.problem} />}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label={t("common.dismiss")}
            onClick={() => dismiss(item.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </section>
  );
}
