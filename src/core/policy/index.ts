export { policySchema, type Policy, type PolicyInput, type PersonalDataType } from "./schema";
export { parsePolicy, validatePolicy, defaultPolicy, type PolicyResult } from "./parse-policy";
