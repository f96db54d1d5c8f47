// npm run admin -- user:create --email E --name N --role contributor|reviewer|admin --password P
//                  user:role --email E --role R
//                  token:create --email E [--name N] [--scopes read,write,review,admin] [--expires 30d]
//                                                          (prints the new token as the last line)
// Against the embedded database this runs while the server is stopped (the data folder is locked).
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase, optionsFromEnv } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { DomainError } from "@/lib/errors";
import { SYSTEM_ACTOR } from "@/lib/context";
import { createTokenForEmail, createUser, setUserRole } from "@/lib/users/manage-users";

const USAGE = `Usage:
  npm run admin -- user:create --email E --name N --role contributor|reviewer|admin --password P
  npm run admin -- user:role --email E --role contributor|reviewer|admin
  npm run admin -- token:create --email E [--name N] [--scopes read,write,review,admin] [--expires 30d]
    (without --scopes a token may do all its owner's role allows; --expires takes m, h, d or w)`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" },
      scopes: { type: "string" }, expires: { type: "string" },
    },
    strict: true,
  });
  if (!command || !["user:create", "user:role", "token:create"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const options = optionsFromEnv();
  const database = await openDatabase(options);
  try {
    await migrateDatabase(database, options);
    const ctx = { db: database.db, actor: SYSTEM_ACTOR };
    if (command === "user:create") {
      const user = await createUser(ctx, values);
      console.log(`Created ${user.role} ${user.email} (${user.id}).`);
    } else if (command === "user:role") {
      const user = await setUserRole(ctx, { email: values.email, role: values.role });
      console.log(`${user.email} is now ${user.role}.`);
    } else {
      if (!values.email) throw new DomainError("invalid_input", 400, "--email is required");
      const limits = { ...(values.scopes !== undefined ? { scopes: values.scopes } : {}), ...(values.expires !== undefined ? { expires: values.expires } : {}) };
      const { token, scopes, expiresAt } = await createTokenForEmail(ctx, values.email, values.name, limits);
      console.log(`New API token for ${values.email}: ${scopes ? `scopes ${scopes.join(", ")}` : "every scope the role allows"}, ${expiresAt ? `expires ${expiresAt.toISOString()}` : "no expiry"} (shown once; store it now):`);
      console.log(token);
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof DataDirLockedError || err instanceof DomainError) console.error(`admin: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
