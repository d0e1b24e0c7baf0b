// Finds string literals in places a person reads them: the no-literals test walks adapters/ and
// core/ with the TypeScript compiler (TypeScript 7's API: one tsgo process parses the project) and
// flags every literal with words in such a place.
import { posix, relative } from "node:path";
import type { CallExpression, Expression, Node, PropertyName, SourceFile } from "typescript/unstable/ast";
import { SyntaxKind } from "typescript/unstable/ast";
import * as is from "typescript/unstable/ast/is";
import { API } from "typescript/unstable/sync";

/** Object properties whose value a person reads (Slack blocks, Discord and core views, forms). */
export const USER_FACING_PROPERTIES = new Set([
  "label",
  "title",
  "placeholder",
  "text",
  "description",
  "hint",
  "submit",
  "close",
  "content",
  "alt_text",
  "show",
  "emptyText",
]);

/**
 * The core's view builders, by the module that exports them, and which of their arguments a person
 * reads (every one when absent). Identifiers are resolved through the file's imports, so a
 * command parameter builder that happens to be named `text` or `choice` is not one of these.
 */
const VIEW_BUILDERS: Record<string, Record<string, number[] | undefined>> = {
  "core/views": { paragraph: undefined, note: undefined, personalNote: undefined, choice: [1] },
  "core/text/markup": { plain: undefined, link: [0] },
};

/** Methods whose arguments a person reads: SDK builders and senders (index: which argument). */
const USER_FACING_METHODS: Record<string, number[] | undefined> = {
  // discord.js builders
  setLabel: undefined,
  setTitle: undefined,
  setPlaceholder: undefined,
  setDescription: undefined,
  setContent: undefined,
  setFooter: undefined,
  // Telegram, Slack, Discord senders and the console's screen
  reply: [0],
  sendMessage: [1],
  editMessageText: undefined,
  postMessage: undefined,
  postEphemeral: undefined,
  write: [0],
};

export interface Finding {
  file: string;
  line: number;
  where: string;
  text: string;
}

/** Letters make a literal words; ids, separators and punctuation have none worth translating. */
const WORDS = /\p{L}{2,}/u;

function literalText(node: Node): string | undefined {
  if (is.isStringLiteral(node) || is.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (is.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("…");
  }
  return undefined;
}

/** The literals a value may become: both sides of `a ? b : c` and `a ?? b`, inside parentheses. */
function literalsIn(node: Expression): Node[] {
  if (is.isParenthesizedExpression(node) || is.isAsExpression(node) || is.isSatisfiesExpression(node)) {
    return literalsIn(node.expression);
  }
  if (is.isConditionalExpression(node)) return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  if (is.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.QuestionQuestionToken) {
    return literalsIn(node.right);
  }
  if (is.isBinaryExpression(node) && node.operatorToken.kind === SyntaxKind.PlusToken) {
    return [...literalsIn(node.left), ...literalsIn(node.right)];
  }
  return literalText(node) === undefined ? [] : [node];
}

function propertyName(name: PropertyName): string | undefined {
  if (is.isIdentifier(name) || is.isStringLiteral(name)) return name.text;
  return undefined;
}

/** Which arguments of this call a person reads: all (undefined), some, or none ([]). */
function userFacingArguments(
  call: CallExpression,
  imports: Map<string, string>,
  self: string,
): number[] | undefined {
  const callee = call.expression;
  if (is.isIdentifier(callee)) {
    // Not imported: perhaps the module's own builder, called inside it.
    const from = imports.get(callee.text) ?? self;
    const builders = from === undefined ? undefined : VIEW_BUILDERS[from];
    return builders && Object.hasOwn(builders, callee.text) ? builders[callee.text] : [];
  }
  if (is.isPropertyAccessExpression(callee) && is.isIdentifier(callee.name)) {
    const name = callee.name.text;
    return Object.hasOwn(USER_FACING_METHODS, name) ? USER_FACING_METHODS[name] : [];
  }
  return [];
}

function calleeName(call: CallExpression): string {
  const callee = call.expression;
  if (is.isPropertyAccessExpression(callee) && is.isIdentifier(callee.name)) return `.${callee.name.text}`;
  return is.isIdentifier(callee) ? callee.text : "call";
}

/** Local name → the project module it is imported from (`core/views`), for this file. */
function importsOf(file: string, sf: SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const statement of sf.statements) {
    if (!is.isImportDeclaration(statement) || !is.isStringLiteral(statement.moduleSpecifier)) continue;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith(".")) continue;
    const module = posix.join(posix.dirname(file), spec).replace(/\.js$/, "");
    const bindings = statement.importClause?.namedBindings;
    if (bindings && is.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        out.set(element.name.text, module);
      }
    }
  }
  return out;
}

export function scanSource(file: string, sf: SourceFile): Finding[] {
  const found: Finding[] = [];
  const imports = importsOf(file, sf);
  const self = file.replace(/\.tsx?$/, "");
  const flag = (node: Node, where: string) => {
    const text = literalText(node);
    if (text === undefined || !WORDS.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, where, text });
  };
  const visit = (node: Node) => {
    if (is.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name && USER_FACING_PROPERTIES.has(name)) {
        for (const lit of literalsIn(node.initializer)) flag(lit, `${name}:`);
      }
    } else if (is.isCallExpression(node)) {
      const which = userFacingArguments(node, imports, self);
      node.arguments.forEach((arg, i) => {
        if (which && !which.includes(i)) return;
        for (const lit of literalsIn(arg)) flag(lit, `${calleeName(node)}()`);
      });
    } else if (is.isIdentifier(node) && node.text === "englishT" && !is.isImportSpecifier(node.parent)) {
      // English whoever reads it: the test allows it only where every reader gets the same text.
      if (!is.isVariableDeclaration(node.parent)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ file, line, where: "englishT", text: "englishT" });
      }
    } else if (is.isJsxText(node)) {
      if (WORDS.test(node.text)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ file, line, where: "JSX text", text: node.text.trim() });
      }
    } else if (is.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      if (["title", "placeholder", "aria-label", "alt", "label"].includes(name)) {
        const init = node.initializer;
        if (is.isStringLiteral(init)) flag(init, `${name}=`);
        else if (is.isJsxExpression(init) && init.expression) {
          for (const lit of literalsIn(init.expression)) flag(lit, `${name}=`);
        }
      }
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return found;
}

/** Every .ts/.tsx file of the project under one of the directories, parsed by the compiler. */
export function scanTree(root: string, dirs: string[]): Finding[] {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProject: "tsconfig.json" });
    const project = snapshot.getProjects()[0];
    if (!project) throw new Error("tsconfig.json opened no project");
    const files = project.program
      .getSourceFileNames()
      .map((path) => relative(root, path))
      .filter((path) => dirs.some((dir) => path.startsWith(`${dir}/`)))
      .filter((path) => /\.tsx?$/.test(path) && !path.endsWith(".d.ts") && !path.includes("/generated/"))
      .sort();
    return files.flatMap((path) => {
      const sf = project.program.getSourceFile(path);
      if (!sf) throw new Error(`the compiler did not parse ${path}`);
      return scanSource(path, sf);
    });
  } finally {
    api.close();
  }
}
