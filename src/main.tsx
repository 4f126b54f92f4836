import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { startBrowserApi } from "./api/browser";
import { callEcs } from "./api/client";

interface GroupRow {
  SecurityGroupId: string;
  SecurityGroupName: string;
}

function GroupList() {
  const [groups, setGroups] = useState<GroupRow[]>([]);
  useEffect(() => {
    void callEcs<{ SecurityGroups: { SecurityGroup: GroupRow[] } }>("DescribeSecurityGroups", {
      RegionId: "cn-hangzhou",
      MaxResults: 100,
    }).then((body) => setGroups(body.SecurityGroups.SecurityGroup));
  }, []);
  return (
    <main>
      <h1>Security groups</h1>
      <table aria-label="Security groups">
        <tbody>
          {groups.map((group) => (
            <tr key={group.SecurityGroupId}>
              <td>{group.SecurityGroupId}</td>
              <td>{group.SecurityGroupName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

void startBrowserApi().then(() => {
  createRoot(document.getElementById("root") as HTMLElement).render(
    <StrictMode>
      <GroupList />
    </StrictMode>,
  );
});
