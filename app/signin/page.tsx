import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oidcEnabled } from "@/lib/auth/oidc";
import { signIn } from "@/auth";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const oidc = oidcEnabled();
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to the workspace</h1>
      <p className="mt-2 text-sm text-muted">
        For researchers, reviewers and editors of this instance. Readers need no account.
      </p>
      {error && <p role="alert" className="mt-4 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">Sign-in failed. Try again.</p>}
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : "/workspace"} />
      {oidc && (
        <form
          className="mt-4"
          action={async () => {
            "use server";
            await signIn("oidc", { redirectTo: "/workspace" });
          }}
        >
          <button type="submit" className="w-full rounded-md border border-line bg-white px-4 py-2 font-medium hover:bg-slate-50">
            Continue with {oidc.name}
          </button>
        </form>
      )}
    </div>
  );
}
