import { describe, expect, it } from "vitest";
import { type Delivery, deliver, type Responder } from "../../core/delivery.js";
import type { View } from "../../core/ports.js";
import { type Translate, translator } from "../../core/text/i18n.js";
import { note, paragraph, personalView, view } from "../../core/views.js";

// What the group reads, and how often delivery asked for it.
const groupT = translator({ language: "fr" });
let groupReads = 0;
const groupReader = async () => {
  groupReads++;
  return groupT;
};

type Kind = "public" | "private" | "personal";
const VIEWS: Record<Kind, View> = {
  public: view(paragraph([{ text: "for everyone" }])),
  private: note([{ text: "for the caller" }]),
  personal: personalView(paragraph([{ text: "about someone" }])),
};

/** What each platform's responder can do in a group, as its adapter builds it. */
const PLATFORMS = {
  // Slash commands and buttons answer ephemerally.
  discord: { ephemeral: true, direct: true, prompt: false },
  slack: { ephemeral: true, direct: true, prompt: false },
  // A group command has no ephemeral answer; a private chat may be closed; a deep link stands in.
  telegram: { ephemeral: false, direct: true, prompt: true },
  console: { ephemeral: true, direct: false, prompt: false },
} as const;

function responder(platform: keyof typeof PLATFORMS, open: boolean, shared = true) {
  const can = PLATFORMS[platform];
  const shown: { where: string; view?: View; t?: Translate }[] = [];
  const to: Responder = {
    shared,
    reply: async (v) => void shown.push({ where: "shared", view: v }),
    ...(can.ephemeral
      ? {
          ephemeral: async (v: View) => {
            shown.push({ where: "ephemeral", view: v });
            return true;
          },
        }
      : {}),
    ...(can.direct
      ? {
          direct: async (v: View) => {
            if (open) shown.push({ where: "direct", view: v });
            return open;
          },
        }
      : {}),
    ...(can.prompt ? { promptPrivate: async (t: Translate) => void shown.push({ where: "prompt", t }) } : {}),
  };
  return { to, shown };
}

const EXPECTED: Record<keyof typeof PLATFORMS, Record<"open" | "closed", Delivery>> = {
  discord: { open: "ephemeral", closed: "ephemeral" },
  slack: { open: "ephemeral", closed: "ephemeral" },
  telegram: { open: "direct", closed: "prompted" },
  console: { open: "ephemeral", closed: "ephemeral" },
};

describe("the delivery policy", () => {
  const cases = (Object.keys(PLATFORMS) as (keyof typeof PLATFORMS)[]).flatMap((platform) =>
    (["open", "closed"] as const).flatMap((channel) =>
      (Object.keys(VIEWS) as Kind[]).map((kind) => [platform, channel, kind] as const),
    ),
  );

  it.each(cases)("%s, private chat %s: a %s view", async (platform, channel, kind) => {
    const { to, shown } = responder(platform, channel === "open");
    const [delivery] = await deliver([VIEWS[kind]], to, groupReader);
    if (kind === "public") {
      expect(delivery).toBe("here");
      expect(shown).toEqual([{ where: "shared", view: VIEWS.public }]);
      return;
    }
    expect(delivery).toBe(EXPECTED[platform][channel]);
    // Never in the shared place: the only thing said there is the neutral prompt.
    expect(shown.filter((s) => s.where === "shared")).toEqual([]);
  });

  it("prompts once for several private answers, and drops them where no private way exists", async () => {
    const telegram = responder("telegram", false);
    groupReads = 0;
    expect(await deliver([VIEWS.private, VIEWS.personal, VIEWS.public], telegram.to, groupReader)).toEqual([
      "prompted",
      "prompted",
      "here",
    ]);
    expect(telegram.shown.map((s) => s.where)).toEqual(["prompt", "shared"]);
    // The prompt is in what the group reads, asked for once, only because a prompt was posted.
    expect(telegram.shown[0]?.t).toBe(groupT);
    expect(groupReads).toBe(1);

    const bare: Responder = {
      shared: true,
      reply: async () => expect.fail("a private view reached the group"),
    };
    expect(await deliver([VIEWS.personal], bare, groupReader)).toEqual(["dropped"]);
    expect(groupReads).toBe(1);
  });

  it("answers in place in a private chat, where only the caller reads", async () => {
    const { to, shown } = responder("telegram", false, false);
    expect(await deliver([VIEWS.personal], to, groupReader)).toEqual(["here"]);
    expect(shown).toEqual([{ where: "shared", view: VIEWS.personal }]);
  });
});
