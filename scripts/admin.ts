// npm run admin -- user:create --email E --name N --role contributor|reviewer|admin --password P
//                  user:role --email E --role R
//                  token:create --email E [--name N]        (prints the new token as the last line)
// Against the embedded database this runs while the server is stopped (the data folder is locked).
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase, optionsFromEnv } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { DomainError } from "@/lib/errors";
import { createTokenForEmail, createUser, setUserRole } from "@/lib/users/manage-users";

const USAGE = `Usage:
  npm run admin -- user:create --email E --name N --role contributor|reviewer|admin --password P
  npm run admin -- user:role --email E --role contributor|reviewer|admin
  npm run admin -- token:create --email E [--name N]`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
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
    const ctx = { db: database.db, actor: null, system: true };
    if (command === "user:create") {
      const user = await createUser(ctx, values);
      console.log(`Created ${user.role} ${user.email} (${user.id}).`);
    } else if (command === "user:role") {
      const user = await setUserRole(ctx, { email: values.email, role: values.role });
      console.log(`${user.email} is now ${user.role}.`);
    } else {
      if (!values.email) throw new DomainError("invalid_input", 400, "--email is required");
      const { token } = await createTokenForEmail(ctx, values.email, values.name);
      console.log(`New API token for ${values.email} (shown once; store it now):`);
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
