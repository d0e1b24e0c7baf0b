import { describe, expect, it } from "vitest";
import { choiceOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

async function library(g: ReturnType<typeof t.h.group>) {
  await g.mod.run('mod resources add https://r1.example.org/ "Resource one"');
}

describe("who reads which language", () => {
  it("answers a member whose client is Spanish in Spanish: help, rules, welcome and tag picker", async () => {
    const g = t.h.group("Grupo");
    await g.mod.run("mod rules add Sé amable");
    await g.mod.run("mod tags create Cuidadora");
    await g.mod.run("mod welcome mode private");
    const ana = g.as("ana", { locale: "es-ES" });
    const welcome = textOf(await ana.join());
    expect(welcome).toContain("¡Te damos la bienvenida, ana!");
    expect(welcome).toContain("Normas de Grupo");
    expect(choiceOf(await ana.join())?.placeholder).toBe("Elige tus etiquetas");
    expect(await ana.say("help")).toContain("Comandos que puedes usar");
    expect(await ana.say("rules")).toContain("Aún no has aceptado estas normas");
    // Typed command words stay English: /rules works in every language.
    expect(await ana.say("agree")).toContain("Gracias por aceptar las normas");
    // A client in a language peerbridge does not speak reads English.
    expect(await g.as("jan", { locale: "nl" }).say("rules")).toContain("You have not accepted");
  });

  it("posts the French-default community's digest in French while a Spanish member reads Spanish", async () => {
    const g = t.h.group("Groupe");
    await library(g);
    expect(await g.mod.say("mod language fr")).toBe(
      "Les publications du groupe (accueils, sélections, alertes) sont maintenant en français.",
    );
    const posts = t.h.port.recorded.posts.length;
    await g.mod.run("mod digest now");
    expect(textOf(t.h.port.recorded.posts.slice(posts).map((p) => p.view))).toContain(
      "Les ressources du jour de Groupe",
    );
    // The community's default comes before the client's hint…
    const ana = g.as("ana", { locale: "es" });
    expect(await ana.say("rules")).toContain("Ce groupe n'a pas encore de règles");
    // …and the member's own choice before both.
    expect(await ana.say("language es")).toBe("A partir de ahora te hablo en español.");
    expect(await ana.say("rules")).toContain("Este grupo aún no tiene normas");
    const again = t.h.port.recorded.posts.length;
    await g.mod.run("mod digest now");
    expect(textOf(t.h.port.recorded.posts.slice(again).map((p) => p.view))).toContain(
      "Les ressources du jour",
    );
    expect(await g.mod.say("mod audit")).toContain("a modifié community.language : fr");
    expect(await g.mod.say("mod config")).toContain("Langue : fr");
  });

  it("welcomes in the group in the community's language, privately in the member's", async () => {
    const g = t.h.group("Groupe");
    await g.mod.run("mod language fr");
    const inGroup = await g.as("ana", { locale: "es" }).join();
    expect(inGroup[0]?.private).toBeFalsy();
    expect(textOf(inGroup)).toContain("Bienvenue, ana !");
  });

  it("stores the choice with the member: /mydata shows it, /forgetme erases it, private chats follow it", async () => {
    const g = t.h.group();
    const bo = g.as("bo");
    expect(await bo.say("language")).toContain("I speak to you in English");
    expect(await bo.say("language fr")).toBe("Désormais, je vous parle en français.");
    const dm = { platform: g.platform, channelId: "dm-bo" };
    const actor = { id: "bo", isPlatformAdmin: false };
    const crisis = await t.h.engine.dispatch({ type: "command", place: dm, actor, text: "crisis" });
    expect(textOf(crisis)).toContain("appelez maintenant votre numéro d'urgence local");
    const data = await bo.run("mydata");
    const file = data[0]?.blocks.find((b) => b.kind === "file");
    expect(JSON.parse(file?.kind === "file" ? file.content : "{}").onboarding.memberships[0].language).toBe(
      "fr",
    );
    expect(await bo.say("language auto")).toContain("You have no language of your own now");
    expect(await bo.say("language")).toContain("I speak to you in English");
    await bo.run("language es");
    await t.h.engine.dispatch({ type: "action", place: dm, actor, action: "priv.forget@bo" });
    const after = await t.h.engine.dispatch({ type: "command", place: dm, actor, text: "crisis" });
    expect(textOf(after)).toContain("contact your local emergency number");
  });

  it("refuses an unknown language kindly and changes nothing", async () => {
    const g = t.h.group();
    expect(await g.as("cy").say("language xx")).toContain("should be one of: en, es, fr, auto");
    expect(await g.as("cy").say("mod language fr")).toContain("Only moderators");
    expect(await g.as("cy").say("rules")).toContain("no rules yet");
  });

  it("shows dates in the community's time zone", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod timezone Mars/Olympus")).toContain("isn't a time zone I know");
    expect(await g.mod.say("mod timezone Asia/Tokyo")).toMatch(/shown in Asia\/Tokyo: it is \d{1,2}:\d{2}/);
    expect(await g.mod.say("mod config")).toContain("Time zone: Asia/Tokyo");
  });
});
