import { ecsError } from "../errors/ecs-error";
import { numberedList, optional, type RequestParams } from "../params";

/**
 * `SecurityGroupId` xor `SecurityGroupIds.N` (RunInstances, CreateNetworkInterface): the groups
 * asked for, [] when neither is given, and the parameter to blame for errors about them.
 */
export function readGroupIdChoice(params: RequestParams): { groupIds: string[]; field: string } {
  const single = optional(params, "SecurityGroupId");
  const listed = numberedList(params, "SecurityGroupIds");
  if (single !== undefined && listed.length > 0) {
    throw ecsError("InvalidParameter", {
      args: ["SecurityGroupIds", "SecurityGroupId and SecurityGroupIds.N cannot be specified at the same time."],
      field: "SecurityGroupIds",
    });
  }
  if (single !== undefined) return { groupIds: [single], field: "SecurityGroupId" };
  return { groupIds: listed, field: "SecurityGroupIds" };
}
