"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/auth";

export type SignInState = { error: string | null; email: string };

/** A local path to return to after sign-in; anything else goes to the workspace. */
function safeRedirect(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/workspace";
}

export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim();
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirectTo: safeRedirect(form.get("callbackUrl")) });
    return { error: null, email };
  } catch (err) {
    if (err instanceof CredentialsSignin && err.code === "rate_limited") {
      return { error: "Too many failed attempts for this account or address. Wait 15 minutes and try again.", email };
    }
    if (err instanceof AuthError) return { error: "Wrong email or password.", email };
    throw err; // the redirect after a successful sign-in
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
