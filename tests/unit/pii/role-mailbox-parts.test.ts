import { isRoleMailbox } from "../../../src/core/pii/role-mailbox";
import { scanText } from "../../../src/core/pii/scanner";

const found = (text: string): Array<[string, string]> => scanText(text).map((m) => [m.type, m.text]);

// A mailbox named for a programme or a desk ("admissions-orientation@", "volunteers@",
// "scholarship@") is an organisation's, whichever part of the local part names the function.
describe("role mailboxes", () => {
  test("a function word as a later part of the local part", () => {
    expect(isRoleMailbox("gs-admissions")).toBe(true);
    expect(isRoleMailbox("grad.orientation")).toBe(true);
  });

  test("volunteer, scholarship and admissions desks", () => {
    expect(isRoleMailbox("volunteers")).toBe(true);
    expect(isRoleMailbox("scholarship")).toBe(true);
    expect(isRoleMailbox("admissions")).toBe(true);
  });

  test("people's addresses stay people's", () => {
    expect(isRoleMailbox("k.tanaka")).toBe(false);
    expect(isRoleMailbox("mika-sato")).toBe(false);
    expect(isRoleMailbox("tom")).toBe(false);
    expect(isRoleMailbox("ayu.kimura+events")).toBe(false);
  });

  test("an association's account named as such ('association account') is not a person's", () => {
    expect(found("Stall fees go to our club account (association account): Chiba Bank, Kashiwa branch, ordinary 2207716.")).toEqual([]);
  });
});
