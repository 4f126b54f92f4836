/** The security-group list route: the console's first page, in its own small chunk. */
import { GroupListPage, groupListLoader } from "./list/GroupListPage";

export const listRoute = { loader: groupListLoader, Component: GroupListPage };
