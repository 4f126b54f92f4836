import { useT } from "../i18n";
import { Icon } from "../ui/Icon";

/** A dialog's title (its accessible name, by `titleId`) and, for side dialogs, the close button. */
export function DialogHeader({
  titleId,
  title,
  onClose,
  closeDisabled,
}: {
  titleId: string;
  title: string;
  onClose?: () => void;
  closeDisabled?: boolean;
}) {
  const t = useT();
  return (
    <div className="dialog-header">
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {onClose && (
        <button
          type="button"
          className="icon-button"
          aria-label={t("common.close")}
          onClick={onClose}
          disabled={closeDisabled}
        >
          <Icon name="close" />
        </button>
      )}
    </div>
  );
}
