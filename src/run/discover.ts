// Turns the paths a user gave into the list of files to screen: folders recursively, in a stable order,
// each file once. Links that leave the given folders are not followed unless asked; loops are cut.
// The walk uses synchronous calls: each is a cached metadata lookup that costs less than a trip through
// the thread pool, and nothing else runs while the list is being made.
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, join, resolve, sep } from "node:path";

export interface DiscoveredFile {
  /** The path as shown in reports: the given path, or the given folder joined with the relative path. */
  display: string;
  absolute: string;
}

export interface DiscoveryProblem {
  display: string;
  code: "NOT_FOUND" | "UNREADABLE" | "UNSUPPORTED" | "SYMLINK_OUTSIDE" | "SYMLINK_LOOP";
  message: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  problems: DiscoveryProblem[];
}

/** Files a folder walk passes over: hidden files and the litter of operating systems and editors. */
const IGNORED = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i;

export async function discover(paths: string[], options: { followSymlinks: boolean }): Promise<Discovery> {
  const found: (DiscoveredFile & { real: string; viaLink: boolean })[] = [];
  const problems: DiscoveryProblem[] = [];
  const roots: string[] = [];
  for (const given of paths) {
    try {
      roots.push(realpathSync(given));
    } catch {
      /* reported below */
    }
  }
  const inside = (real: string) => roots.some((root) => real === root || real.startsWith(root + sep));

  /** `realFolder`: the real path of the folder that lists this entry, when known. */
  function visit(display: string, absolute: string, explicit: boolean, ancestors: Set<string>, realFolder?: string): void {
    let info;
    try {
      info = lstatSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
      problems.push({ display, code, message: code === "NOT_FOUND" ? "no such file or folder" : `cannot be read (${(error as Error).message})` });
      return;
    }
    let real = absolute;
    const viaLink = info.isSymbolicLink();
    if (viaLink) {
      try {
        real = realpathSync(absolute);
        info = statSync(absolute);
      } catch {
        problems.push({ display, code: "SYMLINK_LOOP", message: "a link that points nowhere or to itself" });
        return;
      }
      if (!explicit && !options.followSymlinks && !inside(real)) {
        problems.push({ display, code: "SYMLINK_OUTSIDE", message: "a link that leaves the given folders; not followed (use --follow-symlinks)" });
        return;
      }
    } else if (realFolder !== undefined) {
      // Not a link, listed by a folder whose real path is known: its real path is that folder's plus its name.
      real = join(realFolder, basename(absolute));
    } else {
      try {
        real = realpathSync(absolute);
      } catch {
        real = absolute;
      }
    }
    if (info.isDirectory()) {
      if (ancestors.has(real)) {
        problems.push({ display, code: "SYMLINK_LOOP", message: "a link back into a folder being read; not followed again" });
        return;
      }
      let entries: string[];
      try {
        entries = readdirSync(absolute);
      } catch (error) {
        problems.push({ display, code: "UNREADABLE", message: `folder cannot be read (${(error as Error).message})` });
        return;
      }
      const next = new Set(ancestors).add(real);
      for (const name of entries.filter((n) => !IGNORED.test(n)).sort(byCodepoint)) {
        visit(joinDisplay(display, name), join(absolute, name), false, next, real);
      }
      return;
    }
    if (!info.isFile()) {
      // Sockets, pipes and devices are not documents, and opening a pipe would wait forever; named, not read.
      problems.push({ display, code: "UNSUPPORTED", message: "not a regular file (a pipe, socket or device); it was not read" });
      return;
    }
    found.push({ display, absolute, real, viaLink });
  }

  for (const given of paths) visit(normalizeDisplay(given), resolve(given), true, new Set());
  return { files: onePerFile(found), problems };
}

/** The same file reached twice (a link, a path given twice) is screened once, under its own name when listed. */
function onePerFile(found: (DiscoveredFile & { real: string; viaLink: boolean })[]): DiscoveredFile[] {
  const chosen = new Map<string, (typeof found)[number]>();
  for (const entry of found) {
    const current = chosen.get(entry.real);
    if (!current || (current.viaLink && !entry.viaLink)) chosen.set(entry.real, entry);
  }
  const keep = new Set(chosen.values());
  return found.filter((entry) => keep.has(entry)).map(({ display, absolute }) => ({ display, absolute }));
}

function byCodepoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalizeDisplay(given: string): string {
  const cleaned = given.split(sep).join("/").replace(/\/+$/, "");
  return cleaned === "" ? "/" : cleaned;
}

function joinDisplay(folder: string, name: string): string {
  return folder === "." ? name : `${folder}/${name}`;
}

