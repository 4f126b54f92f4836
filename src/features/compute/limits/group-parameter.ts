/**
 * Whether a server error concerns the groups field: `SecurityGroupId`, `SecurityGroupIds` or a
 * numbered `SecurityGroupId.N` / `SecurityGroupIds.N`, depending on the action.
 */
export function isGroupsParameter(parameter: string | undefined): boolean {
  return parameter !== undefined && /^SecurityGroupIds?(\.\d+)?$/.test(parameter);
}
