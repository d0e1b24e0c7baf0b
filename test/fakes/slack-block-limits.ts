// The Block Kit limits Slack enforces, checked by the fake Web API the way Slack answers a breach:
// `invalid_blocks`. Only what peerbridge sends is checked.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.text === "string" ? value.text : undefined;
}

/** What is wrong with a list of blocks (empty when Slack would accept it). */
export function blockProblems(blocks: unknown, maxBlocks: number): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ["blocks is not an array"];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const blockIds = new Set<string>();
  const checkId = (kind: string, id: unknown, seen: Set<string>) => {
    if (id === undefined) return;
    if (typeof id !== "string" || id.length === 0 || id.length > 255) problems.push(`${kind} length`);
    else if (seen.has(id)) problems.push(`duplicate ${kind} ${id}`);
    else seen.add(id);
  };
  for (const block of blocks) {
    if (!isObject(block)) {
      problems.push("block is not an object");
      continue;
    }
    checkId("block_id", block.block_id, blockIds);
    if (block.type === "section") {
      const text = textOf(block.text);
      if (text === undefined || text.length === 0 || text.length > 3000) problems.push("section text length");
    }
    const elements =
      block.type === "actions" ? block.elements : block.type === "input" ? [block.element] : [];
    if (!Array.isArray(elements)) continue;
    // Slack: an action_id is unique among the elements of its block.
    const actionIds = new Set<string>();
    if (elements.length > 25) problems.push("actions block over 25 elements");
    for (const element of elements) {
      if (!isObject(element)) continue;
      checkId("action_id", element.action_id, actionIds);
      if (element.type === "button") {
        const label = textOf(element.text) ?? "";
        if (label.length === 0 || label.length > 75) problems.push("button text length");
        if (typeof element.value === "string" && element.value.length > 2000)
          problems.push("button value length");
      }
      if (Array.isArray(element.options)) {
        if (element.options.length > 100) problems.push("over 100 options");
        for (const option of element.options) {
          const value = isObject(option) ? option.value : undefined;
          if (typeof value !== "string" || value.length > 150) problems.push("option value length");
          if ((textOf(isObject(option) ? option.text : undefined) ?? "").length > 75)
            problems.push("option text length");
        }
      }
      if (isObject(element.placeholder) && (textOf(element.placeholder) ?? "").length > 150) {
        problems.push("placeholder length");
      }
    }
  }
  return problems;
}

/** Problems of a modal or home view (Slack: 100 blocks; modal title, submit, close ≤ 24). */
export function viewProblems(view: unknown): string[] {
  if (!isObject(view)) return ["view is not an object"];
  const problems = blockProblems(view.blocks, 100);
  if (view.type === "modal") {
    for (const key of ["title", "submit", "close"]) {
      const text = textOf(view[key]);
      if (view[key] !== undefined && (text === undefined || text.length === 0 || text.length > 24)) {
        problems.push(`${key} length`);
      }
    }
    if (typeof view.private_metadata === "string" && view.private_metadata.length > 3000) {
      problems.push("private_metadata length");
    }
  }
  return problems;
}
