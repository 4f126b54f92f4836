import { type ReactNode, useId } from "react";

/** One panel of the troubleshooting page: a titled section, with an optional line of introduction. */
export function DiagSection({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel diag-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId} className="section-title">
          {title}
        </h2>
      </div>
      {intro && <p className="diag-section-intro">{intro}</p>}
      {children}
    </section>
  );
}
