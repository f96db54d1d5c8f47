import type { Metadata } from "next";
import Link from "next/link";
import { workspaceContext } from "@/app/_server/workspace";
import { formatDate } from "@/lib/format";
import { listSourcesWithUse } from "@/lib/sources/queries";
import { SOURCE_TYPE_LABELS } from "@/lib/sources/schema";

export const metadata: Metadata = { title: "Sources" };

export default async function WorkspaceSourcesPage() {
  const ctx = await workspaceContext("/workspace/sources");
  const rows = await listSourcesWithUse(ctx);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
      <p className="mb-6 mt-1 text-muted">Every source in the workspace, newest first, with how many claims cite it.</p>
      <div className="relative overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-muted">
            <tr><th className="px-3 py-2">Source</th><th className="px-3 py-2">Type</th><th className="px-3 py-2">Reliability</th><th className="px-3 py-2">Published</th><th className="px-3 py-2 text-right">Claims</th></tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((s) => (
              <tr key={s.id}>
                <td className="px-3 py-2"><Link href={`/workspace/sources/${s.id}`} className="font-medium">{s.title}</Link>{s.publisher && <span className="block text-xs text-muted">{s.publisher}</span>}</td>
                <td className="px-3 py-2">{SOURCE_TYPE_LABELS[s.type]}</td>
                <td className="px-3 py-2">{s.reliability}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(s.publishedAt)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{s.uses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
