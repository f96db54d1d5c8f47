import type { Metadata } from "next";
import { workspaceMember } from "@/app/_server/workspace";
import { QueryProvider } from "@/components/providers/query-provider";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";

export const metadata: Metadata = { title: { default: "Workspace", template: "%s · Workspace · Nexus Watch" }, robots: { index: false } };

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const member = await workspaceMember();
  return (
    <QueryProvider>
      {member && <WorkspaceNav name={member.user.name} role={member.actor.role} />}
      {children}
    </QueryProvider>
  );
}
