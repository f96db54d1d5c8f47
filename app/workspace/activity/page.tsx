import type { Metadata } from "next";
import { workspaceContext } from "@/app/_server/workspace";
import { ActivityList } from "@/components/activity/activity-list";
import { recentActivity } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage() {
  const ctx = await workspaceContext("/workspace/activity");
  const rows = await recentActivity(ctx, { limit: 100 });
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
      <p className="mb-6 mt-1 text-muted">Recent changes and review decisions across all pages, newest first.</p>
      <ActivityList rows={rows} />
    </div>
  );
}
