import { Link } from "react-router";

/** A list's first cell: the resource id (linking to its page) over its name. */
export function IdNameCell({ to, id, name, unnamed }: { to: string; id: string; name: string; unnamed?: string }) {
  return (
    <span className="stacked">
      <Link to={to} className="mono truncate" title={id}>
        {id}
      </Link>
      <span className="truncate" title={name}>
        {name || (unnamed && <span className="muted">{unnamed}</span>)}
      </span>
    </span>
  );
}
