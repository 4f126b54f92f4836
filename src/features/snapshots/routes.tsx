/**
 * The snapshot area's routes, loaded as one lazy chunk: the policy list, the create form and a
 * policy's page. (The group detail's snapshot tab lives in the security-group chunk.)
 */
import { CreatePolicyRoute } from "./policies/CreatePolicyRoute";
import { policyDetailLoader } from "./policies/current-policy";
import { PolicyDetailPage } from "./policies/PolicyDetailPage";
import { PolicyListPage, policyListLoader } from "./policies/PolicyListPage";

export const policyListRoute = { loader: policyListLoader, Component: PolicyListPage };
export const policyCreateRoute = { Component: CreatePolicyRoute };
export const policyDetailRoute = { loader: policyDetailLoader, Component: PolicyDetailPage };
