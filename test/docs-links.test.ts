import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The docs stand alone in a fresh clone: every relative link in README.md, CONTRIBUTING.md and docs/**/*.md reaches
// a file or folder of the repository (and a heading, when the link names one), and no file points at material that
// lives outside the repository. Walks the working tree rather than asking git, so it also runs in a copy without
// .git (scripts/test-on-node-lts.sh).

const ROOT = process.cwd();
/** Folders .gitignore leaves out, plus git's own. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'data', 'coverage', 'test-results']);
const SKIPPED_PATHS = new Set(['bench/data']);
/** This file names the outside material on purpose. */
const SELF = 'test/docs-links.test.ts';
const TEXT_FILE = /\.(ts|tsx|mts|mjs|js|json|md|css|html|sh|ya?ml|txt)$|^\.ci\/|^\.gitignore$/;

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) || SKIPPED_PATHS.has(path) ? [] : walk(path);
    return entry.isFile() ? [path] : [];
  });
}

const FILES = walk('');
const MARKDOWN = FILES.filter(
  (path) => path === 'README.md' || path === 'CONTRIBUTING.md' || (path.startsWith('docs/') && path.endsWith('.md')),
);

/** The text of a Markdown file without fenced code blocks and code spans, where brackets are not links. */
function proseOf(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Link targets of inline links `[text](target)` and reference definitions `[id]: target`. */
function linkTargets(markdown: string): string[] {
  const prose = proseOf(markdown);
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] ?? '');
  const definitions = [...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1] ?? '');
  return [...inline, ...definitions];
}

/** GitHub's anchors for the headings of a Markdown file (lower case, punctuation dropped, spaces → hyphens). */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (match[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** What is wrong with one link of `file`, or null when it resolves inside the repository. */
function brokenLink(file: string, target: string): string | null {
  if (isExternal(target)) return null;
  const [pathPart = '', anchor] = target.split('#', 2);
  const resolved = pathPart === '' ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURIComponent(pathPart));
  const inside = relative(ROOT, resolved);
  if (inside.startsWith('..') || inside.startsWith(sep)) return `${target}: points outside the repository`;
  if (!existsSync(resolved)) return `${target}: no such file`;
  if (anchor === undefined || anchor === '' || !resolved.endsWith('.md') || !statSync(resolved).isFile()) return null;
  return headingAnchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor).toLowerCase())
    ? null
    : `${target}: no heading with that anchor`;
}

/** Names of material that lives outside the repository; the project's own docs replace each of them. */
const OUTSIDE = [
  /\.\.\/shared\//,
  /\bspec\/(case-file|progress)\.md/,
  /(?<![\w-])(methods|legal-rules|law-audit|states-remaining|reliability-security|stack-check|codebases|style|landscape|product)\.md\b/,
];

describe('the docs stand alone', () => {
  it('finds the Markdown pages to check', () => {
    expect(MARKDOWN).toContain('README.md');
    expect(MARKDOWN).toContain('docs/architecture.md');
    expect(MARKDOWN.length).toBeGreaterThan(10);
  });

  it('reads links, code aside, and GitHub-style anchors', () => {
    expect(linkTargets('See [a](docs/a.md#b-c) and `[x](nope.md)`.\n```\n[y](no.md)\n```\n[r]: ../r.md\n')).toEqual([
      'docs/a.md#b-c',
      '../r.md',
    ]);
    expect([...headingAnchors('# The case-file contract\n## 1.2 Input\n## What `x` is, and why?\n## Input\n')]).toEqual(
      ['the-case-file-contract', '12-input', 'what-x-is-and-why', 'input'],
    );
  });

  it('resolves every relative link of README.md, CONTRIBUTING.md and docs/ inside the repository', () => {
    const broken = MARKDOWN.flatMap((file) =>
      linkTargets(readFileSync(join(ROOT, file), 'utf8')).flatMap((target) => {
        const problem = brokenLink(file, target);
        return problem === null ? [] : [`${file}: ${problem}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('names no material outside the repository in any file', () => {
    const mentions = FILES.filter((path) => path !== SELF && TEXT_FILE.test(path)).flatMap((path) =>
      readFileSync(join(ROOT, path), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          OUTSIDE.some((pattern) => pattern.test(line)) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(mentions).toEqual([]);
  });
});
