import { Link } from "react-router";
import type { AddressFamily } from "../../engine/types";
import { pb } from "../../paths";
import { Badge } from "../../ui/Badge";

export function FamilyBadge({ family }: { family: AddressFamily }) {
  return <Badge tone={family === "IPv6" ? "purple" : "blue"}>{family}</Badge>;
}

/** A prefix list named in a rule or elsewhere: its name, linking to its page, and its id. */
export function PrefixListLink({ regionId, id, name }: { regionId: string; id: string; name?: string }) {
  return (
    <span className="stacked">
      <Link to={pb.prefixList({ regionId, prefixListId: id })} className="truncate" title={name || id}>
        {name || id}
      </Link>
      {name && <span className="mono muted truncate">{id}</span>}
    </span>
  );
}
