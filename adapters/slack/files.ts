// Files on Slack (a member's data export): uploaded with files.uploadV2 into a conversation,
// instead of being pasted into messages. A refused upload leaves the caller to show it as text.
import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { Block, View } from "../../core/ports.js";

export type FileBlock = Extract<Block, { kind: "file" }>;

const opened = z.object({ channel: z.object({ id: z.string() }) });

/** A view's file blocks apart from the rest. */
export function splitFiles(view: View): { rest: View; files: FileBlock[] } {
  const files = view.blocks.filter((b): b is FileBlock => b.kind === "file");
  return { rest: { ...view, blocks: view.blocks.filter((b) => b.kind !== "file") }, files };
}

/** The app's direct conversation with a user: files need a conversation id, not a user id. */
export async function directChannel(client: webApi.WebClient, userId: string): Promise<string> {
  return opened.parse(await client.conversations.open({ users: userId })).channel.id;
}

export async function uploadFiles(
  client: webApi.WebClient,
  channelId: string,
  files: FileBlock[],
): Promise<void> {
  for (const file of files) {
    await client.filesUploadV2({
      channel_id: channelId,
      filename: file.name,
      title: file.name,
      content: file.content,
    });
  }
}

/**
 * Uploads a view's files into a conversation and returns what is left to post; when Slack refuses
 * the upload (scope, channel), the whole view comes back and its files are shown as text.
 */
export async function uploadedElseText(
  client: webApi.WebClient,
  channel: () => Promise<string>,
  view: View,
): Promise<View> {
  const { rest, files } = splitFiles(view);
  if (files.length === 0) return view;
  try {
    await uploadFiles(client, await channel(), files);
    return rest;
  } catch {
    return view;
  }
}
