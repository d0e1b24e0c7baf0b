import type { TestGroup } from "./harness.js";

const TAG = "mod tags create Caregiver";
const RESOURCE = "mod resources add https://example.org/sleep Sleep guide";

/**
 * Every kind of change a moderator makes, with the moderator commands that must run before it;
 * `{id}` in the command is the number the last of those answered with (#12).
 */
export const MODERATOR_CHANGES: [command: string, before: string[]][] = [
  ["mod rules add Be kind", []],
  ["mod rules edit 1 Be kind, always", ["mod rules add Be kind"]],
  ["mod rules remove 1", ["mod rules add Be kind"]],
  ["mod rules move 2 1", ["mod rules add Be kind", "mod rules add Share experience"]],
  ["mod welcome set Hello {member}", []],
  ["mod welcome mode private", []],
  ["mod gate on", []],
  ["mod gate remind 12", []],
  ["mod channel set mod-room", []],
  ["mod retention 30", []],
  ["mod warnings expire 30", []],
  ["mod crisis set Call 112", []],
  [TAG, []],
  ["mod tags edit caregiver name:Carer", [TAG]],
  ["mod tags delete caregiver", [TAG]],
  ["mod tags give alice Caregiver", [TAG]],
  ["mod tags take alice Caregiver", [TAG, "mod tags give alice Caregiver"]],
  [RESOURCE, []],
  ["mod resources edit {id} Better title", [RESOURCE]],
  ["mod resources retire {id}", [RESOURCE]],
  ["mod resources trusted add nhs.uk", []],
  ["mod resources trusted remove nhs.uk", ["mod resources trusted add nhs.uk"]],
  ["mod warn alice Please be kind", []],
  ["mod unwarn alice {id}", ["mod warn alice Please be kind"]],
  ["mod moderators add alice", []],
  ["mod moderators remove alice", ["mod moderators add alice"]],
  ["mod digest set here 09:00 Europe/London", []],
  ["mod digest off", ["mod digest set here 09:00 Europe/London"]],
  ["mod digest now", [RESOURCE]],
  ["mod link", []],
  ["mod country GB", []],
  ["mod resources trusted defaults on", []],
  ["mod resources trusted defaults off", ["mod resources trusted defaults on"]],
  ["mod screening questions Why are you joining? | Patient or caregiver?", []],
  ["mod screening on", ["mod screening questions Why are you joining?"]],
  ["mod screening off", ["mod screening questions Why are you joining?", "mod screening on"]],
];

/** Readies a fresh group for one of the changes (a moderator and alice, a member, have joined) and returns its command. */
export async function prepareChange(g: TestGroup, template: string, before: string[]): Promise<string> {
  await g.mod.join();
  await g.as("alice").join();
  let answer = "";
  for (const setup of before) answer = await g.mod.say(setup);
  return template.replace("{id}", /#(\d+)/.exec(answer)?.[1] ?? "0");
}
