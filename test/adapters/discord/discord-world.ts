import type { APIGuildMember } from "discord.js";
import type { PlatformBot } from "../../../adapters/contract.js";
import { type DiscordBotOptions, discordBot } from "../../../adapters/discord/bot.js";
import { projectCommands } from "../../../adapters/discord/commands.js";
import { createPeerbridge } from "../../../core/create-peerbridge.js";
import type { Database } from "../../../core/db/database.js";
import type { Engine } from "../../../core/engine.js";
import { silentLogger } from "../../../core/log.js";
import type { FakeDiscord, FakeGuild, RecordedMessage, SlashOption } from "../../fakes/discord-fake.js";
import { until } from "../../helpers/until.js";

/** Everything a message says, as text: content and embed descriptions. */
export function textOf(messages: RecordedMessage[]): string {
  return messages
    .map((m) => [m.body.content ?? "", ...(m.body.embeds ?? []).map((e) => e.description ?? "")].join("\n"))
    .join("\n");
}

/** A bot on a real engine and database, talking to the fake Discord. */
export interface World {
  fake: FakeDiscord;
  engine: Engine;
  bot: PlatformBot;
  options: DiscordBotOptions;
  guild: FakeGuild;
  /** Invokes a core command path as a slash command, the way Discord would send it. */
  run(
    userId: string,
    path: string,
    args?: Record<string, string | number | boolean>,
    guild?: FakeGuild,
  ): string;
  /** Waits for the interaction's final answer and returns its messages. */
  answer(token: string): Promise<RecordedMessage[]>;
  say(
    userId: string,
    path: string,
    args?: Record<string, string | number | boolean>,
    guild?: FakeGuild,
  ): Promise<string>;
  joinMember(name: string): Promise<APIGuildMember>;
}

const OPTION_TYPE: Record<string, number> = {
  word: 3,
  text: 3,
  choice: 3,
  integer: 4,
  flag: 5,
  member: 6,
  channel: 7,
  role: 8,
};

export function createWorld(
  fake: FakeDiscord,
  database: Database,
  guild: FakeGuild,
  extra: Partial<Pick<DiscordBotOptions, "log" | "guildId" | "applicationId" | "shards">> = {},
): World {
  const engine = createPeerbridge({ db: database.prisma });
  const options: DiscordBotOptions = {
    token: fake.token,
    apiBase: fake.apiBase,
    engine,
    log: silentLogger,
    ...extra,
  };
  const bot = discordBot(options);
  const projection = projectCommands(engine.registry);

  const run: World["run"] = (userId, path, args = {}, where = guild) => {
    const command = engine.registry.get(path);
    const syntax = projection.syntax(path);
    if (!command || !syntax) throw new Error(`no command ${path}`);
    const [name = "", ...rest] = syntax.slice(1).split(" ");
    const [group, sub] = rest.length === 2 ? rest : [undefined, rest[0]];
    const opts: SlashOption[] = Object.entries(args).map(([key, value]) => {
      const param = command.params.find((p) => p.name === key);
      return { type: OPTION_TYPE[param?.kind ?? "word"] ?? 3, name: key, value };
    });
    return fake.slash(where, userId, {
      name,
      ...(group ? { group } : {}),
      ...(sub ? { sub } : {}),
      options: opts,
    });
  };
  const answer = async (token: string) => {
    await until(`answer to ${token}`, () => fake.answered(token));
    return fake.answers(token);
  };
  return {
    fake,
    engine,
    bot,
    options,
    guild,
    run,
    answer,
    say: async (userId, path, args, where) => textOf(await answer(run(userId, path, args, where))),
    async joinMember(name) {
      const m = fake.join(guild, name);
      await until(`welcome of ${name}`, () =>
        fake.messages.some((msg) => msg.body.embeds?.some((e) => e.description?.includes(name))),
      );
      return m;
    },
  };
}
