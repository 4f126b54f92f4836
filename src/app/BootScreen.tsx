/** Shown while the in-page API starts (before the router exists, so no i18n hooks needed). */
export function BootScreen() {
  return (
    <div className="boot" role="status" aria-label="Loading">
      <span className="spinner" aria-hidden="true" />
    </div>
  );
}
