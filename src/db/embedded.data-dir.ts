import fs from "node:fs/promises";

/**
 * Makes the embedded Neo4j's data folder readable by its owner only: created 0700, or tightened to
 * 0700 when an older start left it looser. The store, the transaction logs and the password file
 * inside then cannot be read by other users of the machine, whatever their own modes. Neo4j's
 * files themselves are created 0600 (folders 0700) because the JVM runs under umask 077
 * ({@link ownerOnly}).
 */
export async function prepareDataDir(dataDir: string): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const stat = await fs.stat(dataDir);
  if ((stat.mode & 0o077) !== 0) await fs.chmod(dataDir, 0o700);
}

/**
 * The command and arguments that run `command args…` under umask 077, so that every file the JVM
 * creates is its owner's only. Node cannot set a child's umask (process.umask() would change the
 * whole service's), so a shell sets it and `exec`s the JVM in its place: the pid is the JVM's. The
 * arguments are passed as the shell's positional parameters, never spliced into the script. On
 * Windows, which has no umask, the command runs as is.
 */
export function ownerOnly(command: string, args: string[]): [string, string[]] {
  if (process.platform === "win32") return [command, args];
  return ["/bin/sh", ["-c", 'umask 077 && exec "$0" "$@"', command, ...args]];
}
