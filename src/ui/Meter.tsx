/**
 * A usage bar (rules of a group against its limit); turns orange near and red over the limit.
 * The native <meter> carries the semantics; the drawn bar is decoration.
 */
export function Meter({ value, max, label, text }: { value: number; max: number; label: string; text: string }) {
  const ratio = max > 0 ? value / max : 0;
  const tone = ratio > 1 ? "over" : ratio >= 0.8 ? "near" : "ok";
  return (
    <div className={`meter meter-${tone}`}>
      <meter
        className="visually-hidden"
        min={0}
        max={max}
        value={Math.min(value, max)}
        aria-label={label}
        aria-valuetext={text}
      />
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${Math.min(100, ratio * 100)}%` }} />
      </div>
      <span className="meter-text">{text}</span>
    </div>
  );
}
