/**
 * Line icons this area needs that the shared set (src/ui/Icon, not this area's to edit) lacks,
 * drawn the same way. Decorative: aria-hidden.
 */
const PATHS = {
  download: "M12 4v11m-5-5 5 5 5-5M5 20h14",
  upload: "M12 16V5m-5 5 5-5 5 5M5 20h14",
  copy: "M9 9h11v11H9zM5 15H4V4h11v1",
  pulse: "M3 12h4l2-5 4 10 2-5h6",
} as const;

export type ToolIconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
